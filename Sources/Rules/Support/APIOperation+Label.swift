import Spec

extension APIOperation {
    /// `GET /api/v2/routing/queues/{queueId}/users (getRoutingQueueUsers)`, for messages about
    /// the operation itself.
    var label: String { operationId.map { "\(reference) (\($0))" } ?? reference }
}
