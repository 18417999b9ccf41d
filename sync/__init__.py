"""Both ends of synchronisation (DESIGN.md §4).

Planned here: the wire protocol and Ed25519 signing of releases, release
building, the kiosk's sync agent, and the central service with its
``kiosk-admin`` CLI. Until they land the kiosk runs on its bundled content,
and ``sync.central_url`` is left empty.
"""
