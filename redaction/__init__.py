"""Finding and removing identifiers (MPANs, meter serials, customer data). Imports nothing of Attest."""
