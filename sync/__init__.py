"""Both ends of synchronisation (docs/architecture.md, "The fleet").

``protocol`` is what both ends agree on (canonical JSON, signed keys documents
and manifests, data files, outbox envelopes); ``agent`` is the kiosk's side
(enrollment, checked downloads, release apply, outbox sending, heartbeats);
``central`` is the central service and its ``kiosk-admin`` command. A kiosk never
enrolled runs on its bundled content and never talks to a server.
"""
