"""Text handling for the kiosk.

Everything the kiosk does to words before it shows, stores or searches them lives
here: Uzbek Latin <-> Cyrillic transliteration now (:mod:`kiosk.text.uzbek`), and
later the normalisation that search indexes share (case folding, apostrophe
variants, both Uzbek scripts) and the turning of a traveller's typing into safe,
quoted full-text queries. Nothing here imports Qt or touches the database.
"""
