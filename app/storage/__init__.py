"""Opening, creating, migrating, locking, backing up and saving a client file."""
