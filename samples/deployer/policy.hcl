# What the pipeline's OAuth client holds. The plan job reads everything the configuration
# manages; the apply job was given the whole routing domain.

deployer "plan" {
  permissions = ["routing:queue:view", "routing:skill:view"]
}

deployer "apply" {
  permissions = ["routing:*:*"]
}
