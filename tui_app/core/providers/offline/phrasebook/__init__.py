"""Phrasebooks: the campaign's key lines in languages other than English, as data.

A phrasebook is a set of templates whose grammar holds for any product or client name (the
names are never declined, given an article or translated) and calls to action per action
key of `actions.ACTIONS`. A language without a phrasebook is not faked: the writers leave it
out and the review reports it. Adding a language is one more module here.
"""

from __future__ import annotations

from . import ar, de, es, fr, it, ja, nl, pt
from .book import Phrasebook

PHRASEBOOKS: dict[str, Phrasebook] = {
    book.code: book
    for book in (ja.BOOK, es.BOOK, fr.BOOK, de.BOOK, pt.BOOK, it.BOOK, nl.BOOK, ar.BOOK)
}

__all__ = ["PHRASEBOOKS", "Phrasebook"]
