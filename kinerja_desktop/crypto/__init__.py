"""File formats of signatures and sealed secrets, below every other layer: minisign (Ed25519,
the format the standard tool checks) and the passphrase box that seals a key's secret half."""
