"""``kiosk-admin``: what an administrator runs on their own machine to steer the central service.

It speaks only HTTP to the centre (docs/protocol.md, "Administrator calls"), with an admin token. The
one secret it keeps itself is the offline root key, which signs keys documents here and never leaves
the administrator's machine: the centre gets the signed document and the online release key only.
"""
