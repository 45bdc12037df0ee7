// await-bookmarks
// Nothing but a round trip: run with a client's bookmarks, it answers once the server has reached them.
// Parameters: none
// Returns: reached: bool
RETURN true AS reached
