"""The central service: publishes signed releases to the fleet and collects what kiosks send up.

Stateless behind its database: every fact two replicas must agree on (tokens,
enrollment codes, outbox items, release numbers) lives there, and uniqueness is
the database's job, so any number of replicas can serve one fleet.
"""
