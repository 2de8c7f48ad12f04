"""Queue Sync: adds the agents the workforce system lists to their queues (runs every hour)."""

import PureCloudPlatformClientV2 as gc


def sync(client, assignments):
    routing = gc.RoutingApi(client)
    for queue_id, user_ids in assignments.items():
        routing.get_routing_queue(queue_id)
        body = [gc.WritableEntity(id=user_id) for user_id in user_ids]
        routing.post_routing_queue_members(queue_id, body)
