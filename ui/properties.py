"""Qt properties that the type checker reads as the values they hold.

The controllers' state is a Qt ``Property`` so QML can bind to it, and Python reads the
same state (``session.language``, ``booking.state``). PySide6's stubs (6.11) get
``Property`` wrong in two ways: they give it no ``__get__``, so reading one through an
instance is typed ``Property`` instead of the getter's value; and they take only a
Python type, though Qt also takes a type's name (``"QVariantMap"``, ``"QStringList"``).

:func:`qt_property` (a decorator, like ``@Property``) and :func:`qt_settable` make
exactly the ``Property`` Qt gets either way, and tell mypy what reading (and writing)
one gives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar, cast, overload

from PySide6.QtCore import Property, Signal

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

# A Python type (str, bool, QObject) or the name of a Qt type ("QVariantMap").
Kind = type | str


class Readable(Protocol[T_co]):
    """A read-only Qt property: its value through an instance, the ``Property`` through the class."""

    @overload
    def __get__(self, instance: None, owner: type[Any], /) -> Property: ...
    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None, /) -> T_co: ...


class Settable(Protocol[T]):
    """A Qt property that Python (and QML) may also set."""

    @overload
    def __get__(self, instance: None, owner: type[Any], /) -> Property: ...
    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None, /) -> T: ...
    def __set__(self, instance: object, value: T, /) -> None: ...


def _property(kind: Kind, getter: Callable[[Any], Any], setter: Callable[[Any, Any], None] | None,
              notify: Signal | None, constant: bool) -> Property:
    options: dict[str, Any] = {"constant": constant}
    if notify is not None:
        options["notify"] = notify
    if setter is not None:
        options["fset"] = setter
    # The stub's first parameter is ``type``; Qt also takes a type's name (see the module docstring).
    return Property(kind, getter, **options)  # type: ignore[arg-type]


def qt_property(kind: Kind, *, notify: Signal | None = None,
                constant: bool = False) -> Callable[[Callable[[Any], T]], Readable[T]]:
    """``@Property(kind, notify=..., constant=...)`` for a read-only property, typed as its getter's value."""
    def declare(getter: Callable[[Any], T]) -> Readable[T]:
        return cast("Readable[T]", _property(kind, getter, None, notify, constant))

    return declare


def qt_settable(kind: Kind, getter: Callable[[Any], T], setter: Callable[[Any, T], None], *,
                notify: Signal | None = None) -> Settable[T]:
    """``Property(kind, getter, setter, notify=...)``, typed as the value it holds."""
    return cast("Settable[T]", _property(kind, getter, setter, notify, False))
