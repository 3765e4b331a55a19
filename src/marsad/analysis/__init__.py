"""Analyses over stored events: merging repeated reports, dyad series, networks and the alignment report.

The functions here are pure: they take event records (plain dicts as read from the store) and return
results; ``marsad.store.queries`` reads the records, ``marsad.cli`` prints.
"""
