"""Bateman solution for branching radioactive decay chains.

For a linear chain 1 -> 2 -> ... -> n with decay constants l_1..l_n and one atom of member 1 at
t = 0 (Bateman, Proc. Cambridge Phil. Soc. 15:423, 1910):

    N_n(t) = (l_1 l_2 ... l_{n-1}) * sum_i exp(-l_i t) / prod_{j != i} (l_j - l_i)

A branching chain is the sum of the linear chains (paths) from the parent to each member, each
weighted by the product of the branching fractions along it. An end point (stable or outside the
table) has l = 0 and collects the decayed atoms.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np

_NUDGE = 1e-9


@dataclass(frozen=True)
class ChainMember:
    name: str
    decay_constant: float  # per hour; 0 for an end point
    branches: tuple[tuple[str, float], ...]  # (daughter, fraction)


@dataclass(frozen=True)
class ChainPath:
    members: tuple[str, ...]
    weight: float


def chain_paths(members: dict[str, ChainMember], parent: str) -> list[ChainPath]:
    """Every path from the parent to every member it feeds, with its branching weight."""
    paths: list[ChainPath] = []
    queue = deque([ChainPath((parent,), 1.0)])
    while queue:
        path = queue.popleft()
        paths.append(path)
        for daughter, fraction in members[path.members[-1]].branches:
            if fraction > 0 and daughter not in path.members:
                queue.append(ChainPath(path.members + (daughter,), path.weight * fraction))
    return paths


def linear_chain_atoms(decay_constants: np.ndarray, hours: np.ndarray) -> np.ndarray:
    """Atoms of the last member of a linear chain at each time, per initial atom of the first."""
    lam = _distinct(np.asarray(decay_constants, dtype=float))
    t = np.asarray(hours, dtype=float)
    if lam.size == 1:
        return np.exp(-lam[0] * t)
    differences = lam[None, :] - lam[:, None]
    np.fill_diagonal(differences, 1.0)
    denominators = differences.prod(axis=1)
    terms = np.exp(-np.outer(t, lam)) / denominators[None, :]
    return lam[:-1].prod() * terms.sum(axis=1)


def member_order(members: dict[str, ChainMember], parent: str) -> list[str]:
    """Members reachable from the parent, ordered by their longest distance from it."""
    depth: dict[str, int] = {}
    for path in chain_paths(members, parent):
        name = path.members[-1]
        depth[name] = max(depth.get(name, 0), len(path.members) - 1)
    first_seen = {name: i for i, name in enumerate(depth)}
    return sorted(depth, key=lambda name: (depth[name], first_seen[name]))


def atoms_over_time(members: dict[str, ChainMember], parent: str, hours: np.ndarray) -> dict[str, np.ndarray]:
    """Atoms of every member at each time, per initial atom of the parent (rounding noise clipped to [0, 1])."""
    atoms = {name: np.zeros(len(hours)) for name in member_order(members, parent)}
    for path in chain_paths(members, parent):
        constants = np.array([members[name].decay_constant for name in path.members])
        atoms[path.members[-1]] += path.weight * linear_chain_atoms(constants, hours)
    return {name: np.clip(values, 0.0, 1.0) for name, values in atoms.items()}


def _distinct(lam: np.ndarray) -> np.ndarray:
    """Nudge equal decay constants apart by one part in 1e9 so the formula stays defined."""
    out = lam.copy()
    for i in range(1, out.size):
        while np.any(np.isclose(out[:i], out[i], rtol=_NUDGE, atol=0.0)):
            out[i] *= 1.0 + 10 * _NUDGE
    return out
