"""Translation with CAT tools: a course's strings out as XLIFF 1.2 / 2.0 and back in.

- `units`: the course's translation units (one per field a learner reads), with status
- `inline`: rich text and player templates as text plus inline codes
- `xliff12`, `xliff20`: the two file formats, written and read
- `exporting`, `importing` (`reading`: the safe parse), `status`, `pseudo`
- `player`: the player's interface strings, translated and kept in the library
"""
