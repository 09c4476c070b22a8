// Placeholder until the target lands.
