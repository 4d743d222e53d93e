"""Dialogs of the window: start-up, SKP, evaluation inputs, roster, passphrase, printing."""
