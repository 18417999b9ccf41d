"""What a kiosk and the central service agree on, byte for byte (docs/protocol.md).

Pure functions: bytes and plain values in, bytes and plain values out. Nothing here
opens a file, a socket or a database, so both ends (and the tests) use the same
rules to make and to judge a document.
"""
