"""Plain text helpers every stage shares: sentence splitting, folding and slugs, number words."""
