"""Guards of the learned membership reader: the sentence shapes where a state's name sits beside a status word that
says nothing of its status in the summit's organisation.

The model (pipeline/membership_model.py) learns from words around a state's name, and a status word near the name
('member', 'observer', 'joined', 'applied', 'left', 'ally') pulls it up whatever the word's object is. Read on fresh
text, it over-reads a few families of near misses, which these guards name; each guard is both a feature of the model
(so it can learn its weight) and a veto of the model's additions (so a shape unseen in training stays safe):

- a denial or a contrast before the state, in its clause: 'neighbours that are not members of the bloc - A, B and
  C', 'Moldova, which unlike Georgia applied', 'every state except Chad', 'non-members such as Peru';
- every status word of the sentence points at something else: its object is another body, a place, a state or a
  plain noun ('an observer at the elections', 'applied for a loan', 'was admitted to a clinic', 'joined in the
  criticism', 'left the conference hall', 'joined the talks', 'applied pressure', 'a new ally of the United States',
  'applied to join the Pacific Trade Compact'), or it is owned by another state ('Germany's closest partners');
- the state is itself the object of such a word ('joined Egypt in condemning it', 'joining Laos and Peru in the
  talks'): joining a state is no membership;
- the state is only a person's origin ('a minister from Iran'), a delegation that acts ('the Georgian delegation
  left'), or a speaker telling of another state ('Belarus said the bloc granted observer status to Laos');
- a run of states counted with another number ('Mexico and Brazil are its three Latin American members'): the
  count belongs to a group the run only starts.

The tokens are the model's: lowercased words with each mention one placeholder ('<c>' a state, '<org>' the summit's
organisation or an organ of it, '<oorg>' another organisation, '<city>', '<p>' a person), and the same tokens as
written (a capital tells a word of a name).
"""

from __future__ import annotations

import re

# a denial or a contrast that, before a state in its clause, takes the state out of what the clause says
_NEG_BEFORE = frozenset("""
not never neither nor isn aren hasn haven doesn don didn wasn weren unlike except excluding outside besides
non-member non-members nonmember nonmembers
""".split())
NEG_BEFORE_WORDS = 8  # how far before the first state of the run a denial is read
_CLAUSE_END = frozenset({",", ";", ":", "(", ")", "\"", "“", "”"})

# status words whose object says whose status it is: verbs ('joined X', 'applied for X', 'left X') ...
_VERB_CUE = re.compile(r"^(?:join|joins|joined|joining|rejoin\w*|left|leave|leaves|leaving|quit|quits|exit|exits|exited|"
                       r"withdr\w+|applied|applies|apply|applying|admitted|admits|admit|acced\w+)$")
# ... and nouns ('a member of X', 'an observer at X', 'an ally of X', 'Germany's partners')
_NOUN_CUE = re.compile(r"^(?:members?|membership|observers?|partners?|partnership|ally|allies|candidates?|candidacy|"
                       r"status|bids?|applications?)$")
# nouns a state's possessive holds ('Ghana's bid', 'Kenya's membership'), not relations to it ('Germany's partners')
_HELD = frozenset({"bid", "bids", "application", "applications", "membership", "candidacy", "status"})
# a plain economic tie: 'a major trading partner', 'its biggest trade partners' are no status
_TRADE = frozenset({"trading", "trade", "commercial", "business", "investment"})
# words that open a clause of time or cause: a state inside it, with no status word there, is told of something else
_SUBORDINATORS = frozenset({"when", "while", "because", "after", "before", "although", "though", "since", "if",
                            "where", "whereas", "as"})
# words of a body, a status or a summit: an object made of them is the organisation's ('joined the 27-member bloc',
# 'applied for full membership', 'an observer at the summit')
_OURS = frozenset("""
bloc blocs alliance union organisation organization group grouping club community association forum body ranks fold
family pact partnership treaty summit summits membership member members status observer observers partner partners
candidate candidacy accession cooperation council commission
""".split())
# what a state's possessive may hold and still speak of its status: 'Kenya's membership', 'Ghana's bid to join'
_HOLDINGS = _OURS | _HELD | {"accession", "entry", "admission", "exit", "withdrawal", "suspension", "application",
                             "request", "own", "new", "newest", "full"}
# words of time after a status word: 'joined in 2004', 'left last year', 'an ally since 1952'
_TIME = frozenset("""
january february march april may june july august september october november december spring summer autumn fall
winter last this next year years month months decade decades ago early late mid recently later earlier since
""".split())
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "some", "any"})
_PREPOSITIONS = frozenset({"in", "at", "of", "to", "for", "on", "from", "with", "into"})
# what ends an object: a clause mark, a preposition or a relative word
_OBJECT_END = _CLAUSE_END | _PREPOSITIONS | {"and", "or", "that", "which", "who", "as", "but", "while", "after", "before"}
_PLACES = frozenset({"<c>", "<city>", "<oorg>", "<p>"})
# 'sent observers', 'dispatched observers': observers sent are people at the meeting, no status
_SENT = frozenset({"sent", "send", "sends", "sending", "dispatched", "dispatch"})
# a person a state's name is only the origin of: 'a minister from Iran', 'two diplomats from Ghana'
_PERSON_NOUNS = frozenset("""
minister ministers official officials diplomat diplomats delegate delegates envoy envoys ambassador ambassadors
president leader leaders premier spokesman spokeswoman spokesperson adviser advisers aide aides general officer
officers lawmaker lawmakers journalist journalists reporter reporters activist activists student students citizen
citizens national nationals tourist tourists worker workers businessman businessmen executive executives expert
experts analyst analysts
""".split())
_DELEGATION = frozenset({"delegation", "delegations", "delegates", "team", "officials", "diplomats", "negotiators"})
_SPEECH = frozenset({"said", "says", "told", "warned", "argued", "stated", "insisted", "noted", "added", "claimed",
                     "announced", "stressed", "complained"})
# the founding of the organisation: 'before the bloc was launched', 'before the union existed'
_FOUNDED = frozenset({"launched", "founded", "created", "formed", "established", "existed", "born", "set"})
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}


def _is_name(cased: list[str], j: int) -> bool:
    """A word written with a capital inside the sentence: a word of a name ('the Pacific Trade Compact')."""
    return j > 0 and cased[j][:1].isupper()


def _object(toks: list[str], cased: list[str], j: int, noun: bool) -> str | None:
    """Whose the object starting at token j is: 'ours', 'other' (a place, a state, another body, a plain noun, a name),
    or None when there is none to read (the sentence or the clause ends, 'as an observer')."""
    n = len(toks)
    if j >= n or toks[j] in _CLAUSE_END or toks[j] in ("as", "and", "but", "while", "which", "who", "that"):
        return None
    t = toks[j]
    if t in _PREPOSITIONS:
        if noun and t not in ("of", "at", "in", "with", "for"):
            return None  # 'granted observer status to Laos': the holder, not the object
        k = j + 1
        if k < n and (toks[k].isdigit() or toks[k] in _TIME):
            return "ours"  # 'joined in 2004', 'a member since last year'
        if t == "to" and k < n and toks[k] in ("join", "become", "rejoin", "accede"):
            return "defer"  # 'applied to join X': what X is decides
        return _head(toks, cased, k)
    if noun:
        return None  # 'members are', 'observer status': the noun's object is not what follows it
    return _head(toks, cased, j)


def _head(toks: list[str], cased: list[str], k: int) -> str:
    """Whose the noun phrase starting at token k is (after the verb or its preposition)."""
    n = len(toks)
    while k < n and toks[k] in _DETERMINERS:
        k += 1
    if k >= n or toks[k] in _CLAUSE_END:
        return "ours"
    first = k
    if toks[k] not in _PLACES and toks[k] != "<org>" and _is_name(cased, k):
        return "other"  # a name that is not the organisation's: 'the Pacific Trade Compact', 'the Commonwealth Games'
    while k < n and k < first + 5 and toks[k] not in _OBJECT_END:
        t = toks[k]
        if t == "<org>" or t in _OURS:
            return "ours"
        if t in _PLACES:
            return "other"
        k += 1
    t = toks[first]
    if t.isdigit() or t in _TIME or t.endswith("ly") and first + 1 < n and toks[first + 1] in _OBJECT_END:
        return "ours"  # 'joined 2004', 'left last year', 'applied formally in May'
    if t in _PREPOSITIONS or t in _OBJECT_END:
        return "ours"
    return "other"  # 'the talks', 'a loan', 'the Pacific Trade Compact', 'pressure', 'the conference hall'


def cue_objects(toks: list[str], cased: list[str]) -> list[tuple[int, str, int | None]]:
    """Each status word of the sentence: its index, whose its object is ('ours', 'other' or 'none' when no object is
    read), and the state that is its object ('joined Egypt', 'an ally of the United States'), if one is."""
    out: list[tuple[int, str, int | None]] = []
    n = len(toks)
    for j, t in enumerate(toks):
        verb, noun = bool(_VERB_CUE.match(t)), bool(_NOUN_CUE.match(t))
        if not (verb or noun) or _is_name(cased, j):
            continue  # a word of a name is no status word: 'the Regional Comprehensive Economic Partnership'
        if noun and any(toks[k] in _SENT for k in range(max(0, j - 2), j)):
            continue  # 'sent observers'
        if noun and j + 1 < n and toks[j + 1] == "status":
            continue  # 'observer status at the Arctic Council': the status word after it reads the object
        whose = _object(toks, cased, j + 1, noun)
        if whose == "defer":
            continue  # 'applied to join X': the 'join' is read on its own
        if noun and any(toks[k] in _TRADE for k in range(max(0, j - 2), j)):
            whose = "other"  # 'a major trading partner'
        if noun and whose is None and t not in _HELD:
            whose = _owner(toks, j)
        target = None
        k = j + 1
        while k < n and (toks[k] in _DETERMINERS or toks[k] in _PREPOSITIONS and k == j + 1):
            k += 1
        if k < n and toks[k] == "<c>" and whose == "other":
            target = k
        out.append((j, whose or "none", target))
    return out


def _owner(toks: list[str], j: int) -> str | None:
    """Whose a status noun is by its possessor, read back over a few words: 'Germany's closest partners' is another
    state's, 'the bloc's newest members' and 'NATO's allies' the organisation's."""
    for k in range(j - 1, max(-1, j - 6), -1):
        if toks[k] in _CLAUSE_END:
            return None
        if toks[k] in ("'s", "’s") and k > 0:
            owner = toks[k - 1]
            if owner in _PLACES:
                return "other"
            return "ours"
    return None


def mention_guards(toks: list[str], cued: list[tuple[int, str, int | None]], i: int, first: int, last: int,
                   size: int) -> list[str]:
    """The guards that hold for the state at token i, in a run of `size` states from token `first` to `last`."""
    out = []
    n = len(toks)
    # a denial or a contrast before the run, in its clause
    for k in range(first - 1, max(-1, first - 1 - NEG_BEFORE_WORDS), -1):
        if toks[k] in _CLAUSE_END:
            break
        if toks[k] in _NEG_BEFORE or toks[k] == "other" and k + 1 < first and toks[k + 1] == "than" or \
                toks[k] == "apart" and k + 1 < first and toks[k + 1] == "from":
            out.append("neg_before")
            break
    # every status word points elsewhere
    if cued and all(w == "other" for _, w, _ in cued):
        out.append("cue_other")
    # the state (its run) is the object of a status word pointing elsewhere
    if any(t is not None and first <= t <= last for _, w, t in cued if w == "other"):
        out.append("cue_object")
    # a person's origin: 'a minister from Iran'
    if size == 1 and i >= 2 and toks[i - 1] == "from" and toks[i - 2] in _PERSON_NOUNS:
        out.append("origin")
    # a delegation's act: 'the Georgian delegation left'
    if i + 1 < n and toks[i + 1] in _DELEGATION and not any(_NOUN_CUE.match(toks[j]) for j, _, _ in cued):
        out.append("delegation")
    # a speaker telling of another state: 'Belarus said the bloc granted observer status to Laos'
    if size == 1 and i + 1 < n and toks[i + 1] in _SPEECH and "<c>" in toks[i + 2:] and cued and \
            all(j > i for j, _, _ in cued):
        out.append("speaker")
    # the status word nearest the run points elsewhere: 'Members discussed Ghana's bid for the presidency', 'A and B,
    # partners of the bloc, were left off the list, as were C and D'
    if cued:
        near = min(cued, key=lambda c: (min(abs(c[0] - first), abs(c[0] - last)), c[1] != "other"))  # a tie: the other
        if near[1] == "other":
            out.append("cue_near_other")
    # a possessor of something else: 'the approval of Russia's parliament', 'Kenya's foreign minister'
    if size == 1 and i + 2 < n and toks[i + 1] in ("'s", "’s") and toks[i + 2] not in _HOLDINGS and \
            not _NOUN_CUE.match(toks[i + 2]):
        out.append("possessor")
    # a state in a clause of time or cause with no status word: 'founded in 2001, when Mongolia was hit by a drought'
    lo = first
    while lo > 0 and toks[lo - 1] not in _CLAUSE_END:
        lo -= 1
    hi = last
    while hi + 1 < n and toks[hi + 1] not in _CLAUSE_END:
        hi += 1
    if toks[lo] in _SUBORDINATORS and lo > 0 and not any(lo <= j <= hi for j, _, _ in cued) and \
            not any(toks[j] == "<org>" or toks[j] in _OURS for j in range(lo, hi + 1)):
        out.append("clause")
    # a status sought before the organisation existed: 'which had asked about membership before the bloc was launched'
    for j in range(last + 1, n - 2):
        if toks[j] == "before" and any(toks[k] == "<org>" or toks[k] in _OURS for k in range(j + 1, min(n, j + 4))) and \
                any(toks[k] in _FOUNDED for k in range(j + 2, min(n, j + 7))):
            out.append("before_founding")
            break
    # a run counted with another number: 'Mexico and Brazil are its three Latin American members'
    if size >= 2:
        k = last + 1
        if k < n and toks[k] in ("are", "were", ","):
            k += 1
        if k < n and toks[k] in ("its", "their", "the"):
            k += 1
            if k + 1 < n and toks[k + 1] in ("'s", "’s"):
                k += 2
            if k < n and (toks[k] in _NUMBERS and _NUMBERS[toks[k]] != size or toks[k].isdigit() and int(toks[k]) != size):
                if any(_NOUN_CUE.match(toks[m]) for m in range(k + 1, min(n, k + 5))):
                    out.append("count")
    return out
