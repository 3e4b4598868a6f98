"""Negation: the negations of both sides, read from the parses, paired, and compared.

A *negation* is one negative unit of a sentence, read from the parse:

- French: "ne" (or "n'") with the negative words that follow it in its clause (pas, point, jamais, plus,
  rien, aucun(e), personne, nul(le), nullement, aucunement, guère, ni) or that precede it as its subject ("Personne ne",
  "Rien n'", "Aucun élève n'"): one negation, however many negative words (French negative concord: "ne ...
  jamais rien"); a "pas" without "ne" (spoken French, "pas de", "pourquoi pas"); "ni ... ni" without "ne";
  as lexical negations, "sans" and the adverb "non" before a word ("non officiel"; "et non un expert" is a
  plain negation); "ne" alone before pouvoir, savoir, oser ("il ne peut venir", "n'aurait pu"), unless
  expletive (a subjunctive, after a comparative "que") or "ne ... que". A negative subject after a comma or
  "et" opens the next clause ("aucun train n'est parti, aucun bus n'est venu": two negations).
- English: not, n't, never, no, none, nothing, nobody, no one, nowhere, cannot, no longer, neither/nor
  (one negation with the negation they continue: "no X, nor Y"); as a lexical negation, "without".

Not negations: "ne ... que" and "ne ... plus que" (only: "ne" with no negative word is an expletive or a
restriction, "avant qu'il ne parte"); "non seulement", "pas seulement", "not only", "not just", "not
merely"; "not least" and "et non (pas) des moindres" (notably), "by no means" with the idioms of "not" ("by no
means least"), "not unlike" (like; a negation only where the French negates an unlikeness: "n'est pas différent de"),
"more often than not", "a no-fly zone" (the hyphen glued on both sides); "sans doute", "sans cesse"; "pas mal
de"; "ou non", "or not"; "no matter", "no doubt", "aucun doute", "nul doute", "No 1"; a "rien" or "personne" before the
expletive "ne" of "sans que";
"no more than", "no less than", "pas moins de" (a comparator: the figure check's business). Double negation cancels: "pas
sans", "jamais sans", "not without", "never without" are affirmative; a side that reads one where the other
reads two negations ("ne peut jouer sans" / "without one, it cannot play") passes. Downward quantifiers ("few", "little",
"hardly", "rarely", "peu", "guère" aside) are not counted: they do not reverse a meaning.

The negations of the two sentences are paired as an assignment (the French verb's translation is not
known): by their place in the sentence, and by the figures and capitalised words of the words around them.
When both sides hold as many negations, the sentence passes (a negation that moved between clauses is not
a reversal the check can be sure of). When they differ, each negation without a counterpart is flagged,
naming its verb: "negation lost: 'ne ... pas' on 'viendra'", "negation added: 'never' on 'came'" - unless
the other side says it with a word that holds a negation itself, which the check does not count: an English
"impossible", "unclear", "homeless", "tax-free", "failed to", "lack", "lest"; a French "impossible",
"inconnu", "refuser", "manquer", "sans". One such word says one negation, and a word that translates one of
the other side ("incontournable" / "unavoidable", "cesser" / "stop") says none, nor does one the other side
writes the same ("important", "défense" / "defence"). A French negation whose clause holds a word the
English says by its antonym ("ne refuse pas" / "accepts", "n'est pas rare" / "is common", "n'a guère" /
"hardly"; :data:`_ANTONYMS`) is said; so is a French "peu" by an English litotes, "not" with a word of quantity or
degree ("peu de scènes" / "does not offer many scenes"). Words holding a negation are paired by sort first, then
across sorts where neither qualifies a noun ("j'ignore" / "I am unsure"); an English prefixed word whose stem the
French spells outside the negation's clause renders that word, not the negation ("peu accessible" / "inaccessible");
the assimilated prefixes "il-", "ir-", "im-" stand only before "l", "r", "b/m/p" ("irlandais" holds none). A
"plus" after "ne" is "ne ... plus" only inside the verb group ("avant qu'elle ne parte une heure plus tard": none);
"no" before a figure glued into a compound negates ("no 10-year-old"). A "sans" or "non" the English folds into a prefixed
word ("non inscrit" / "unregistered") is not counted. A "ne ... pas" on an adjective with a negative prefix the English
does not write alike is a litotes ("n'est pas inévitable" / "can be avoided"). A French word holding a negation by its
grammar ("éviter de", "privés de", "est interdit", "impossible", "faute de"), not negated itself, that the English
renders with no negation, no word holding one near it, no word spelt alike and none of :data:`_EN_FOLDED`, is a
negation lost ("privés de chauffage" / "had heating"). So is a French word holding a negation by its sense
whatever follows it (:data:`_FR_FOLDED`: a verb of denial, refusal, abstention, prevention, omission, renunciation,
exclusion or ignorance, "nier", "rejeter", "s'abstenir", "empêcher", "omettre", "renoncer", "exclure", "ignorer"; an
adjective such as "improbable", "incompatible", "inutile", "illégal") whose English holds none of its renderings that
keep the meaning, and a prefixed adjective the English spells by its bare stem ("inapplicable" / "applicable"); an
English negation of such a word's opposite ("a rejeté" / "did not accept") is no negation added. A French "ne V pas que
P" with a verb of opinion, expectation or appearance (:data:`_FR_OPINION`) is a negation, which English moves into the
clause ("ne pensent pas que" / "think ... not"); the English "no X and no Y", "without X and without Y" repeat one
negation where the French says "ni" or repeats its own ("pas d'école et pas de médecin"); a "pourquoi ne pas" is a
suggestion, said by "what about", "how about", "should" (:data:`_EN_SUGGESTION`); "far from", "anything but" hold a
negation. An English negation reaches
the verbs coordinated with its own unless they have their own subject or auxiliary or are joined by "but".
A French negative question is taken as rhetorical (often asked without it in English) only where its own
verb is inverted and is être, falloir, pouvoir or devoir ("n'est-elle pas ... ?", "ne faut-il pas ... ?"), no
question word opens it ("pourquoi n'ont-ils pas ... ?" asks about the negation), and a tag "n'est-ce pas" is not
rendered by an English tag question (", do they?" for ", don't they?").

Kinds of the fourteenth round. Litotes and idioms: "non sans" is a double negation ("with some difficulty"); "ce n'est pas
rien" is said by "a big deal", "significant"; "ne ... pas moins" is "no less" ("n'en reste pas moins"), "ne ... guère que"
"only about", neither counted; "personne / rien d'autre que", "nul autre que" restrict (only), as "none other than",
"nothing but", "no one but", "nothing short of" do in English, and an English "something other than" that renders a French
restriction reverses it (a negation added); a "ne ... jamais" on a word of degree ("jamais autant", "aussi fort") is said by
a superlative ("than ever", "a record"); "ne ... presque rien / jamais" by "hardly", "rarely"; "n'a pas cessé / hésité /
tardé / empêché", "pas question" by their antonyms (:data:`_ANTONYMS`: "kept", "was quick to", "soon", "despite", "out of
the question"); "si ... ne ... pas" by "unless", "tant que ... ne ... pas" by "until"; "without (any) doubt" is no
negation, and the "sans" of "sans doute", "sans cesse" says none an English one could render; a "ne cesse de" (keeps)
rendered by a verb of stopping is reversed. A "sans" before an infinitive ("sans payer") is lost where the English writes
no negation, no adverb of manner near it and no phrase of leaving out ("not to mention", "excluding"); a "non" before an
adjective or participle ("non officiel") is lost where the English spells it alike, bare ("official"), and writes no
prefixed word anywhere (the French adjective follows its noun, the English precedes it: "non traités" / "unprocessed").
"éviter" holds one by its sense whatever follows it ("éviter la fermeture"), and the nouns of lack "manque", "pénurie"
before "de" (:data:`_FR_LACK`, for a loss only).

Kinds of the fifteenth round. A "sans" + infinitive is said by an English word of a thing not done (:func:`_privative`: a verb
of disregard or omission, "disregarding", "bypassing"; a word of stillness, silence, idleness, continuity, "sit still", "in
silence", "idle", "nonstop", "for free", "with impunity"), not one spelt like a French word of the sentence; "with ease" is no
reversal of a "sans"; a "sans" + noun the English affirms (the noun spelt alike, or "struggled" for "sans difficulté") is
reversed. A continuation ("sans cesse", "sans relâche", "ne cesse de") is said by a stop negated ("never stop", "not let
up"), reversed by a stop ("have stopped"). A French negation is said by the antonym of its verb or word (:data:`_ANTONYMS`:
"n'a pas souhaité" / "declined", "ne participera pas" / "will miss", "n'a pas répondu" / "ignored", "aucun" / "zero",
"personne" / "empty", "dire non" / "reject", a change negated by a verb of staying, "n'a pas augmenté" / "held steady"),
read into the clause a negated verb of opinion or wish opens ("ne croient pas que la banque relèvera" / "expect the bank to
hold"); "ne ... pas encore" by "still waiting"; "ne ... que" of time by "not ... until"; "ne pas pouvoir s'empêcher de" is a
double negation. "Ni X ni Y ne V" is one negation; a negative subject before an incise opens its "ne" ("personne, au sein du
gouvernement, n'a"); a rhetorical question may invert the auxiliary of falloir, pouvoir, devoir ("n'aurait-il pas fallu").
"interdire", "débouter" hold a negation by their sense; a "no-" compound ("no-confidence") says none of its clause; a word
holding a negation is read where a lost negation was said by another word.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..figures.meaning import same_noun
from .base import Check, CheckReport, Issue, IssueKind, register
from .text import cognate

logger = logging.getLogger(__name__)

__all__ = ["Negation", "NegationCheck", "french_negations", "english_negations"]

_FR_NEGATORS = {"pas", "point", "jamais", "plus", "rien", "aucun", "aucune", "aucuns", "aucunes", "personne", "nul", "nulle",
                "nullement", "aucunement", "guère", "ni"}  # fmt: skip
#: French negative words that can stand before "ne", as its subject or with it.
_FR_BEFORE = {"personne", "rien", "aucun", "aucune", "nul", "nulle", "jamais", "ni"}
#: Words after which a French negative word is no negation.
#: Two words may follow: "et non des moindres", "et pas des moindres" (a notable one, English "not least").
#: "pas moins de 40" is "no fewer than 40": a comparator (the figure check's business), as "no more than".
#: "Il ne fait aucun doute", "nul doute que" are English "no doubt" (itself no negation); "n'est pas réservé aux
#: adultes" is "not only for adults", a restriction, as the English "not just".
#: "ne ... pas moins" is "no less" ("n'en reste pas moins nécessaire", "n'est pas moins urgent que"), as the English "no
#: less", which the English reader does not count either; "ne ... guère que" is "only about", as "ne ... que".
_FR_NOT_AFTER = {"pas": {"mal", "seulement", "uniquement", "exclusivement", "que", "qu'", "qu’", "des moindres", "moins", "de doute",
                         "réservé", "réservée", "réservés", "réservées"},
                 "plus": {"que", "qu'", "qu’"}, "guère": {"que", "qu'", "qu’"},
                 "aucun": {"doute"}, "nul": {"doute"},
                 "sans": {"doute", "cesse", "parler", "compter", "oublier"}, "non": {"seulement", "pas", "loin", "des moindres"},
                 "rien": {"que", "qu'", "qu’"}}  # fmt: skip
#: French clause boundaries: a negation does not reach past them.
_FR_BOUNDARY = {"que", "qu'", "qu’", "qui", "dont", "où", "mais", "car", "lorsque", "quand", "si", "parce", ";", ":", "?", "!", "(", ")"}
_EN_NEGATORS = {"not", "n't", "n’t", "never", "no", "none", "nothing", "nobody", "nowhere", "neither", "nor", "cannot", "without"}
#: "none other than", "nothing but", "no one but" are "only", "the very one" (restrictive, as the French "ne ... que",
#: "personne d'autre que"); "not less" is "no less".
_EN_NOT_AFTER = {"not": {"only", "just", "merely", "solely", "exclusively", "much", "many", "least", "less", "fewer"},
                 "n't": {"only", "just", "merely", "solely"}, "n’t": {"only", "just", "merely", "solely"},
                 "no": {"more", "less", "fewer", "doubt", "matter", "sooner", "other than", "one but", "one other"},
                 "none": {"other", "but"}, "nothing": {"but", "other than", "else than", "short", "less than"},
                 "without": {"doubt", "a doubt", "any doubt"},
                 "nobody": {"but", "other than", "else than"}}  # fmt: skip
#: Prefixes that negate an adjective or adverb ("impossible", "unclear"; "inconnu", "non-violent").
_EN_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")
_FR_PREFIXES = ("in", "im", "il", "ir", "dés", "dé", "non", "mal")
#: Verbs and nouns whose meaning holds a negation ("failed to", "refuser de"): the other side's negation may be folded into one.
_EN_IMPLICATIVE = {
    "fail",
    "failure",
    "lack",
    "refuse",
    "deny",
    "prevent",
    "avoid",
    "absence",
    "absent",
    "cease",
    "stop",
    "exempt",
    "ban",
    "forbid",
    "prohibit",
    "unable",
    "impossible",
    "neither",
    "unless",
    "except",
    "instead",
    "lest",
    "forget",
    # verbs of not doing: "declined to suspend" (n'a pas suspendu), "will miss the final" (ne jouera pas), "refrained from"
    "decline",
    "miss",
    "refrain",
    "abstain",
    "forgo",
    "forego",
}
#: English phrases whose sense holds a negation (:func:`_lexical` counts their first word): a falling short ("fell
#: short of"), a lack ("for want of", "ran out of"), an absence ("stayed away", "a no-show"), a
#: contrast ("rather than": "et non"), a ceiling ("no more than": "ne dépassera pas"), a start not taken ("a non-starter").
_EN_IMPLICATIVE_PHRASES = re.compile(
    r"\bf(?:all|alls|ell|alling|allen)\s+short\b|\bshort\s+of\b|\bfor\s+(?:want|lack)\s+of\b|\b(?:run|runs|ran|running)\s+out\s+of\b|"
    r"\bstay(?:s|ed|ing)?\s+away\b|\brather\s+than\b|\bno\s+more\s+than\b|\bno-shows?\b|\bnon-starters?\b",
    re.IGNORECASE,
)
_FR_IMPLICATIVE = {
    "refuser",
    "manquer",
    "empêcher",
    "éviter",
    "cesser",
    "échouer",
    "interdire",
    "priver",
    "dépourvu",
    "exempter",
    "ignorer",
    "oublier",
    "nier",
    "absence",
    "absent",
    "défaut",
    "faute",
    "impossible",
    "incapable",
    "sauf",
    "hormis",
    "défense",
    "interdiction",
    "sans",
}
#: English verbs of not doing that a negation right before them cancels: "cannot fail to see", "never fails to call".
_EN_SELF_CANCELLING = frozenset({"fail"})
#: French words of lack or ignorance that a negation right before them cancels ("pas dénué de", "n'ignore"): affirmative.
#: After a negated existence ("il n'est pas", "il n'y a pas", "il n'existe aucun"), one of a kind and its relative
#: negated by a bare "ne" and a subjunctive ("un village ... qui n'ait été touché"): a double negation, every one of them.
_NOT_ONE_WHO_NOT = re.compile(
    r"[\s\u00a0]+(?:un|une|un\s+seul|une\s+seule|de)?[\s\u00a0]*[^\W\d_][\w'’-]*(?:[\s\u00a0]+[^\s,;:.]+){0,5}?[\s\u00a0]+"
    r"(?:qui|dont|où)[\s\u00a0]+(?:ne[\s\u00a0]|n['’])(?![^,;.]*\b(?:pas|jamais|plus|rien|guère|aucun|aucune)\b)",
    re.IGNORECASE,
)
#: An English must said by a negation: "no choice but", "no alternative but", "no other option but".
_EN_NO_CHOICE_BUT = re.compile(r"\s+(?:other\s+)?(?:choice|alternative|option)\s+but\b", re.IGNORECASE)
_EXISTENCE_NEGATED = re.compile(
    r"n(?:e[\s\u00a0]+|['’])(?:y[\s\u00a0]+(?:a|avait|aura)|est|sont|était|étaient|sera|existe|existait|existera|reste|restait)\b", re.I
)
_FR_PRIVATIVE = frozenset({"dénué", "dénuée", "dénués", "dénuées", "dépourvu", "dépourvue", "dépourvus", "dépourvues", "ignorer",
                           "échouer"})  # "n'a pas échoué" (did not fail: succeeded), as "did not fail" is read in English


#: English verbs of not doing a thing, which a French double negation ("n'a pas manqué de", "ne peut pas ne pas")
#: never renders alone: "forgot to recall" says the opposite of "n'a pas manqué de rappeler".
_EN_UNDOING = frozenset({"fail", "forget", "neglect", "omit"})


def _undoing_alone(en_doc: Any) -> Any:
    """The English verb of not doing (:data:`_EN_UNDOING`) that no negation of the sentence bears on, if it is the
    sentence's only word that holds a negation; ``None`` otherwise."""
    held = _lexical(en_doc, "en")
    verbs = [t for t, _ in held if t.lemma_.lower() in _EN_UNDOING]
    if len(held) != 1 or len(verbs) != 1:
        return None
    verb = verbs[0]
    negated = any(t.lower_ in _EN_NEGATORS for t in en_doc[max(0, verb.i - 3) : verb.i]) or any(
        c.lower_ in _EN_NEGATORS for c in verb.children
    )
    return None if negated else verb


def _fails_to(doc: Any, token: Any) -> bool:
    """A "manquer de" before an infinitive ("ne manque jamais de saluer": never fails to greet), not before a noun ("ne
    manque pas de moyens": does not lack means, a negation)."""
    if token.lemma_.lower() != "manquer" and not token.lower_.startswith("manqu"):
        return False
    following = [t for t in doc[token.i + 1 : token.i + 5] if t.lower_ not in _FR_NEGATORS][:2]  # "ne manque jamais de"
    return len(following) == 2 and following[0].lower_ in ("de", "d'", "d’") and following[1].pos_ in ("VERB", "AUX")


#: The words any French negation of the reader holds (the English reader's are its negators).
_FR_WORDS = frozenset(_FR_NEGATORS | _FR_BEFORE | {"ne", "n'", "n’", "sans", "non"})
#: The words a French negation of the reader starts from (:func:`may_negate`): "ne", and the words it reads without
#: one ("pas", "ni", "sans", "non", an elliptical "rien" or "jamais"); "plus", "point", "guère", "nullement",
#: "aucuns" and "aucunes" are read only after a "ne" (:func:`french_negations`), so a sentence without these needs
#: no parse for them.
_FR_CUES = frozenset({"ne", "n'", "n’", "pas", "ni", "sans", "non"} | _FR_BEFORE)
#: How near (a share of the sentence) a word holding a negation must stand to stand for a lost or added one.
_NEAR = 0.35
#: A French word a negation bears on, and the English words that say the two together ("ne refuse pas" / "accepts",
#: "n'est pas rare" / "is common", "ne sont pas d'accord" / "disagree", "n'a guère" / "hardly"): a negation lost
#: where its clause holds the word and the English one of these is said by the antonym, not reversed. Keyed by the
#: French lemma (or form); the English by lemma or form, a phrase as written. By class: litotes by the positive
#: antonym ("n'est pas mauvais" / "decent", "pas négligeable" / "considerable", "pas un inconnu" / "familiar", "ne manque
#: pas de" / "plenty of"); a verb of keeping a rule or a word by its breach ("n'a pas respecté" / "breached", "n'a pas
#: tenu" / "broke"); of agreeing by refusal ("n'a pas accepté" / "rejected", "n'a pas voulu" / "declined"), of
#: disputing by acceptance ("personne ne conteste" / "everyone accepts"); a time or a state by its opposite ("pas à
#: l'heure" / "late", "pas encore ouverte" / "still closed"), a return by the end of a career ("ne remontera plus sur
#: scène" / "has retired"); the downward quantifier of "ne ... guère" ("few", "hardly").
_ANTONYMS = {
    "refuser": {"accept", "accepts", "accepted", "accepting", "agree", "agrees", "agreed"},
    "rare": {"common", "frequent", "often", "usual"},
    "rarement": {"often", "frequently"},
    "accord": {"disagree", "disagrees", "disagreed", "disagreement", "opposed", "oppose", "against", "object"},
    "guère": {"hardly", "barely", "scarcely", "little", "few"},
    "avant": {"after", "at the earliest"},  # "ne rouvrira pas avant l'été" / "in the summer at the earliest" (not after "au plus tôt")
    "manquer": {
        "sure",
        "surely",
        "plenty",
        "abound",
        "no shortage",
        "wealth",
        "full",
        "certainly",
        "bound",
        "duly",
        "take care",
        "took care",
        "make a point",
        "made a point",
    },
    "oublier": {"remember", "remembers", "remembered"},
    "mauvais": {"good", "decent", "fine", "solid", "respectable", "satisfactory", "well", "reasonably"},
    "inconnu": {"familiar", "known", "famous"},
    "respecter": {"breach", "violate", "flout", "break", "disregard", "defy"},
    "tenir": {"break"},
    "accepter": {"reject", "refuse", "turn down", "decline", "oppose"},  # "turn down" on the lemmas: "turned down"
    "approuver": {"reject", "oppose", "vote down", "disapprove"},
    "vouloir": {"decline", "refuse"},
    "souhaiter": {"decline", "refuse"},  # "n'a pas souhaité commenter" / "declined to comment"
    # an absence by the verb of missing or leaving: "ne sera pas du déplacement" / "will miss the trip", "ne participera
    # plus" / "is pulling out"
    **dict.fromkeys(("participer", "déplacement", "disputer", "jouer", "courir", "rendre", "assister", "présenter"),
                    {"miss", "pull out", "withdraw", "sit out", "skip", "absent", "stay away", "out of", "give up", "no-show"}),
    # a place never emptied: "le musée ne désemplit pas" / "crowds keep flocking", "is always packed"
    "désemplir": {"keep", "flock", "crowded", "packed", "full", "busy", "throng", "thronged", "always"},
    # nothing lost of a quality: "n'a rien perdu de sa voix" / "her voice is as strong as ever", "intact"
    "perdre": {"intact", "undiminished", "ever", "retain", "retained", "kept", "keep", "keeps", "still"},
    # a literary "ne saurait" said by a question that expects no: "on ne saurait le lui reprocher" / "who could blame it?"
    "savoir": {"who could", "who would", "who can"},
    # a dependence negated: "cela ne dépend pas de moi" / "it is out of my hands", "beyond my control"
    "dépendre": {"out of", "beyond"},
    # a silence by its own word: "n'a pas répondu" / "ignored", "n'a rien dit" / "remained silent"
    "répondre": {"ignore", "unanswered", "silent", "silence"},
    "dire": {"silent", "silence", "mum"},
    # a cost, a count or a presence of none by its own word: "n'ont rien coûté" / "was free", "aucun cas" / "zero cases",
    # "personne ne se trouvait à l'intérieur" / "the building was empty", "il ne reste rien" / "is gone"
    "coûter": {"free", "free of charge", "at no cost"},
    "aucun": {"zero", "nil"},
    "aucune": {"zero", "nil"},
    "rien": {"zero", "nil"},
    "personne": {"empty", "deserted", "vacant"},
    "rester": {"gone", "wiped out", "razed", "vanished", "destroyed"},
    # a denial negated by an admission: "n'a pas nié" / "acknowledged"
    "nier": {"admit", "acknowledge", "confirm", "concede"},
    # a change negated by a verb of staying: "les taux n'ont pas augmenté" / "rates held steady", "ne croient pas que la
    # banque relèvera ses taux" / "expect the bank to hold rates", "ne souhaitent pas que les négociations reprennent" /
    # "want talks to stay suspended", "ne s'attend pas à ce que la fréquentation retrouve son niveau" / "to stay below"
    **{
        verb: {"hold", "stay", "remain", "unchanged", "steady", "stable", "on hold", "freeze", "suspended", "below"}
        for verb in ("augmenter", "relever", "hausser", "baisser", "reprendre", "retrouver", "changer", "modifier", "évoluer", "bouger")
    },
    # a litotes of smallness: "ce n'est pas un mince exploit" / "a remarkable achievement"
    # "ils n'en demandaient pas tant" (they asked for no such thing): more than they asked for
    "pas tant": {"more than they", "more than it", "more than we", "more than he", "more than she", "bargained for"},
    # a litotes of the least: "ce n'est pas le moindre des paradoxes" / "a striking paradox"
    "moindre": {"striking", "major", "notable", "remarkable", "biggest", "greatest", "chief", "not least", "foremost", "key"},
    "mince": {"remarkable", "considerable", "significant", "major", "achievement", "feat", "real", "big"},
    # a place or a thing outside which none: "n'avait jamais exposé hors de sa région" / "had only been shown in"
    "hors": {"only", "solely", "exclusively"},
    "ailleurs": {"only", "solely", "exclusively"},
    # "dire non à" (say no to): a refusal ("ont dit non au projet" / "rejected the project"); keyed by the verb's lemma
    "dire non": {"reject", "refuse", "oppose", "against", "turn down", "vote down", "veto"},
    "contester": {"accept", "agree", "acknowledge", "recognise", "recognize", "undisputed"},
    "heure": {"late", "delay", "delayed", "behind schedule"},
    "ouvert": {"closed", "shut", "close"},  # "ne veut pas que les bars restent ouverts" / "wants bars to close"
    "ouvrir": {"closed", "shut", "close"},
    "remonter": {"retire", "retired", "quit"},
    "revenir": {"retire", "retired", "quit", "for good"},
    # litotes of a verb: "n'a pas cessé de" / "kept", "n'a pas hésité à" / "was quick to", "n'a pas tardé" / "soon",
    # "n'a pas empêché" / "despite", "n'a pas attendu pour" / "immediately"
    **dict.fromkeys(("cesser", "arrêter", "interrompre"), {
        "keep",
        "continue",
        "still",
        "constantly",
        "steadily",
        "relentlessly",
        "persist",
        "go on",
        "went on",
        "carry on",
        "carried on",
        "throughout",
        "non-stop",
        "nonstop",
        "uninterrupted",
    }),
    "hésiter": {"quick", "readily", "promptly", "swiftly", "willing", "eager", "straight away", "at once", "immediately"},
    "tarder": {
        "soon",
        "quick",
        "quickly",
        "swift",
        "swiftly",
        "prompt",
        "promptly",
        "rapid",
        "rapidly",
        "fast",
        "before long",
        "shortly",
        "immediately",
        "now",
    },
    "empêcher": {"despite", "regardless", "nevertheless", "nonetheless", "anyway", "in spite of", "let", "allow"},
    "attendre": {"immediately", "at once", "promptly", "right away", "straight away", "swiftly", "quickly", "now", "before"},
    # a state kept by not undoing it: "n'a pas levé l'alerte" / "kept the alert in place", "ne devrait pas toucher à son
    # taux" / "leave its rate unchanged", "ne veut pas que son gardien parte" / "wants him to stay"
    "lever": {"kept", "keep", "keeps", "maintain", "maintained", "in place", "remain", "remains", "remained"},
    "toucher": {"unchanged", "leave", "hold", "steady", "on hold"},
    "partir": {"stay", "stays", "remain", "remains"},
    # a claim pursued: "ne compte pas en rester là" / "vowed to fight on"
    "en rester": {"fight on", "press on", "pursue", "take it further", "take the matter further", "appeal", "keep fighting",
                  "carry on", "challenge"},
    # a way not taken: "ne passera pas par les Alpes" / "will bypass the Alps", "skip"
    "passer": {"bypass", "bypasses", "skip", "skips", "avoid", "avoids", "miss out", "steer clear"},
    # support kept: "nous ne lâcherons pas les salariés" / "we will stand by the workers"
    "lâcher": {"stand by", "stick by", "stand behind", "stick with", "support", "back"},
    # a text not struck down: "n'a pas censuré l'article" / "let the article stand", "upheld"
    "censurer": {"stand", "upheld", "uphold", "upholds", "cleared", "approved", "validated", "endorsed"},
    "démissionner": {"stay", "stays", "stayed", "stay on", "stayed on", "remain", "remains", "remained", "hang on", "hung on", "clung"},
    # a claim not admitted: "n'a pas jugé recevable" / "threw out as inadmissible"
    "recevable": {"inadmissible", "throw out", "threw out", "thrown out", "dismiss", "dismissed", "reject", "rejected"},
    # the people not told: "n'avaient pas été prévenus" / "were kept in the dark"
    **dict.fromkeys(("prévenir", "informer", "avertir"), {"in the dark", "unaware", "unwarned", "uninformed"}),
    # a payment still awaited: "n'ont toujours pas été indemnisés" / "are still waiting for compensation"
    **dict.fromkeys(("indemniser", "payer", "verser", "rembourser"), {"still waiting", "awaiting", "yet to"}),
    # litotes: "pas mécontent" / "pleased", "pas très loin de" / "close to", "ne sera pas de trop" / "will come in handy"
    "mécontent": {"pleased", "happy", "satisfied", "content", "delighted"},
    "loin": {"close", "near", "nearly", "almost"},
    "trop": {"handy", "useful", "welcome", "asset"},
    # "n'a pas démérité" / "did well", "n'a pas déplu" / "went down well": a verb whose "dé-" negates, negated
    "démériter": {"well", "credit", "creditable", "creditably", "held their own", "held its own", "acquitted", "good account",
                  "honourable", "honorable", "put up a fight", "gave their all"},
    "déplaire": {"liked", "like", "likes", "well", "pleased", "enjoyed", "appealed", "won over"},
    # a verdict not given by its opposite ("n'a pas été reconnue coupable" / "was cleared", "acquitted"); a strike not renewed
    # by its end ("la grève n'a pas été reconduite" / "called off their strike")
    "coupable": {"clear", "cleared", "acquit", "acquitted", "exonerate", "exonerated", "innocent"},
    "reconduire": {"call off", "called off", "end", "ended", "halt", "halted", "suspend", "suspended", "lift", "lifted", "drop",
                   "dropped", "abandon", "abandoned"},
    # litotes of a small or a lukewarm thing: "n'est pas anodin" / "a hefty bill", "n'avait rien de tiède" / "a warm welcome"
    "anodin": {"hefty", "significant", "serious", "weighty", "substantial", "considerable", "major", "far from trivial", "no small",
               "telling", "meaningful", "steep"},
    "négligeable": {"significant", "considerable", "substantial", "sizeable", "sizable", "hefty", "major", "appreciable"},
    "tiède": {"warm", "warmly", "enthusiastic", "enthusiastically", "rapturous", "glowing", "rousing", "heated", "fiery"},
    # "pas question de" (no question of): ruled out
    "pas question": {"out of the question", "rule out", "ruled out", "no way", "refuse", "will not"},
    # "ce n'est pas rien" (no small thing): something notable
    "pas rien": {
        "big deal",
        "significant",
        "considerable",
        "major",
        "substantial",
        "achievement",
        "feat",
        "something",
        "important",
        "huge",
        "remarkable",
        "no mean",
    },
    # a verb negated said by its opposite: "la commission n'a pas retenu ce dossier" / "turned down", "les ventes
    # n'atteindront pas le seuil" / "will fall short of", "l'avion n'a pas décollé" / "stayed grounded", "la société n'est
    # plus cotée" / "was delisted", "l'expert ne conseille pas de vendre" / "advises against", "je ne suis pas sûr" / "doubt"
    "retenir": {"reject", "dismiss", "throw out", "overrule", "turn down", "rule out", "pass over", "passed over", "overlook"},
    # a call not followed, said by setting it aside: "n'a pas suivi les réquisitions" / "disregarded", "went against"
    "suivre": {"disregard", "ignore", "go against", "went against", "gone against", "depart from", "departed from", "overrule",
               "defy", "reject", "brush aside", "brushed aside", "set aside"},
    # an anger that does not subside, said by its lasting: "ne décolèrent pas" / "remain furious"
    "décolérer": {"furious", "angry", "fuming", "seething", "incensed", "outraged", "livid", "irate", "up in arms"},
    # an effort not made, said by its ease: "s'est qualifiée sans forcer" / "cruised into the final"
    "forcer": {"cruise", "cruised", "easily", "effortless", "effortlessly", "comfortably", "breeze", "coast", "coasted",
               "stroll", "strolled", "canter", "cantered", "ease", "eased"},
    # a place not spared, said by the blow: "la mousson n'a pas épargné le Kerala" / "took a heavy toll on", "battered"
    "épargner": {"toll", "hit", "batter", "battered", "ravage", "ravaged", "strike", "struck", "devastate", "devastated", "affect",
                 "affected", "lash", "lashed", "pound", "pounded", "sweep", "swept"},
    # a school not reopened, said by its staying shut: "n'a pas rouvert" / "stayed shut", "remained closed"
    "rouvrir": {"shut", "closed", "close", "stay shut", "stayed shut", "remain closed", "remained closed"},
    # a feeling never hidden, said by openness: "n'a jamais caché son admiration" / "has always been open about"
    "cacher": {"open", "openly", "no secret", "frank", "candid", "plain", "always"},
    # a liking negated, said by dislike: "n'ont guère apprécié" / "took a dim view of"
    "apprécier": {"dim view", "dislike", "disliked", "disapprove", "frown", "frowned", "unimpressed", "displeased", "unhappy",
                  "spooked", "rattled", "sour", "soured"},
    "atteindre": {"fall short", "fell short", "falls short", "short of", "miss"},
    "décoller": {"grounded", "ground", "stay on the ground", "stayed on the ground"},
    "coter": {"delist", "delisted", "unlisted"},
    "conseiller": {"advise against", "advises against", "advised against", "warn against", "warns against", "warned against",
                   "discourage"},
    **dict.fromkeys(("certain", "sûr", "convaincu", "persuadé"), {"doubt", "doubtful", "unsure", "uncertain", "sceptical", "skeptical"}),
    # a passage negated, said by a verb of holding off: "n'a laissé passer aucun ballon" / "kept every ball out"
    "laisser passer": {"keep at bay", "kept at bay", "keep out", "kept out", "shut out", "hold off", "held off", "block", "repel"},
    # a quantity negated, said by a word of little: "le club n'espère pas grand-chose" / "hopes for little"
    "grand-chose": {"little", "few"},
    # an elliptical "surtout pas" after a negation: "ni lui, et surtout pas elle" / "least of all her"
    "surtout": {"least of all", "let alone", "much less", "especially not", "particularly not"},
    # "ne ... presque rien / jamais / aucun" (next to nothing): the English downward word ("hardly anything", "rarely")
    "presque": {"hardly", "barely", "scarcely", "little", "few", "rarely", "seldom"},
    "quasiment": {"hardly", "barely", "scarcely", "little", "few", "rarely", "seldom"},
    "pratiquement": {"hardly", "barely", "scarcely", "little", "few", "rarely", "seldom"},
    "ainsi dire": {"hardly", "barely", "scarcely", "little", "few", "rarely", "seldom"},  # "pour ainsi dire rien"
    # a move past a level negated, said by staying on its side: "ne descendront pas sous zéro" / "will stay above freezing",
    # "ne dépassera pas 3 %" / "will stay below 3%"
    **dict.fromkeys(("descendre", "tomber", "chuter"), {"above", "stay above", "remain above", "hold above"}),
    **dict.fromkeys(("dépasser", "franchir", "excéder"), {"below", "under", "within", "stay below", "remain below", "short of"}),
    # a seat in a body negated, said by leaving it: "ne siège plus au conseil" / "is off the board", "ne figure plus sur la
    # liste" / "was dropped from the list" (not "partie", also the participle of "partir": "pourquoi n'est-elle pas partie")
    **dict.fromkeys(("siéger", "figurer"), {"off", "left", "leave", "quit", "dropped", "stepped down", "out of"}),
    # "ce n'est pas pour rien que" (not for nothing): there is a reason
    "pour rien": {"reason", "no accident", "no coincidence", "for a reason", "not without reason"},
    # a thought or a likelihood negated, said by doubt: "je ne pense pas que" / "I doubt", "il ne semble pas que" / "seems
    # unlikely"
    **dict.fromkeys(("penser", "croire"), {"doubt", "doubtful", "unlikely", "sceptical", "skeptical"}),
    **dict.fromkeys(("sembler", "paraître"), {"unlikely", "doubtful", "improbable"}),
    # an ease negated, said by its opposite: "la tâche ne sera pas des plus faciles" / "a tough job"
    **dict.fromkeys(("facile", "simple", "aisé"), {"tough", "hard", "difficult", "tricky", "daunting", "uphill", "challenging", "arduous",
                                                  "demanding", "gruelling", "grueling"}),
    # a possibility ruled out, negated: "n'exclut pas de nouvelles poursuites" / "further charges are possible"
    # ("may" is no sign of it: a modal is in any sentence; "keep open" finds "keeping both theories open")
    **dict.fromkeys(("exclure", "écarter"), {"possible", "possibility", "open to", "keep open", "leave open"}),
    # idioms said by their sense: a silence ("n'a pas desserré les dents" / "stayed tight-lipped"), a thing deserved ("n'a
    # pas volé sa victoire" / "fully earned"), hunger ("ne mange pas à sa faim" / "goes hungry"), exposure ("n'est pas à
    # l'abri" / "is vulnerable"), a goal conceded ("n'a encaissé aucun but" / "kept a clean sheet")
    "desserrer": {"lipped", "silent", "silence", "mum", "quiet"},
    "voler": {"earn", "deserve", "deserved", "merit", "well-deserved", "worthy"},
    "faim": {"hungry", "hunger", "underfed", "undernourished", "malnourished", "starve"},
    "abri": {"vulnerable", "exposed", "at risk", "susceptible", "prone"},
    "encaisser": {"clean sheet", "clean sheets", "shut out", "shutout", "unbeaten", "watertight", "kept out"},
    # a restriction negated, said by going beyond it: "ne s'est pas contenté de promettre" / "went beyond promising"
    "contenter": {"beyond", "further", "not only", "not just"},
    # an escape negated, said by an obligation ("ne pourra pas échapper à une amende" / "will have to pay a fine"), or
    # undergone by all ("aucun secteur n'échappera à la hausse" / "every sector will be hit")
    "échapper": {"have to", "has to", "had to", "must", "forced", "obliged", "liable", "bound", "required",
                 "every", "all", "each", "everyone", "everything", "hit", "affected", "caught", "suffer", "feel"},
    # a closing negated, said by staying open: "ne fermera aucune école" / "will keep all its schools open"
    "fermer": {"open", "keep open"},
    # a ban negated, said by a permission: "il n'est pas interdit de penser" / "one may well think"
    **dict.fromkeys(("interdire", "interdit"), {"may", "can", "allowed", "permitted", "free to", "entitled", "legitimate"}),
}
#: English antonyms of :data:`_ANTONYMS` that render a French phrase of their own: where the French holds it, the
#: English word renders it, not the negation ("ne pourra pas avant 2018 au plus tôt" / "until 2018 at the earliest").
_ANTONYM_RENDERS = {"at the earliest": re.compile(r"\bau\s+plus\s+tôt\b", re.IGNORECASE)}
#: An English phrase that holds a negation the reader does not count: "far from convinced", "anything but simple".
_EN_FAR_FROM = re.compile(r"\bfar\s+from\b|\banything\s+but\b", re.IGNORECASE)
#: Conjunctions that set a verb against the one before: "has not lied but has kept his word" is not negated twice.
_EN_CONTRAST = {"but", "yet"}
#: English words that a "not" may follow without negating the clause ("whether or not", "if not"; "more often than not" aside).
_EN_NOT_BEFORE = {"or", "if"}


@dataclass(frozen=True)
class Negation:
    """One negation of a sentence.

    Attributes:
        verb: The verb it negates (or the word it bears on), as written.
        marker: The negation as written ("ne ... pas", "not", "sans").
        start: Offset of its first word.
        end: Offset just past its first word.
        position: Where it stands in the sentence, from 0 to 1.
        lexical: A "sans" / "non" / "without", which the other language may fold into a word ("homeless").
        anchors: The digits and capitalised words around it (to pair negations across languages).
        reach: How many verbs it negates: an English negation also negates the verbs coordinated with its own
            that have no subject, auxiliary or "but" of their own ("did not come or call"; not "has not lied but
            has kept his word").
    """

    verb: str
    marker: str
    start: int
    end: int
    position: float
    lexical: bool = False
    anchors: frozenset[str] = frozenset()
    reach: int = 1


def _index(doc: Any, negation: Negation) -> int:
    """The token index of a negation's first word."""
    for t in doc:
        if t.idx == negation.start:
            return t.i
    return 0


def _anchors(doc: Any, i: int) -> frozenset[str]:
    words = set()
    for t in doc[max(0, i - 6) : i + 8]:
        if any(c.isdigit() for c in t.text):
            words.add(re.sub(r"\D", "", t.text))
        elif t.text[:1].isupper() and not t.is_sent_start and len(t.text) > 2:
            words.add(t.lower_[:4])
    return frozenset(words)


def _verb_after(doc: Any, i: int, end: int) -> Any:
    """The verb a negation bears on: the first full verb after it in its clause, else its head."""
    for t in doc[i + 1 : end]:
        if t.pos_ == "VERB":
            return t
    for t in doc[i + 1 : end]:
        if t.pos_ == "AUX":
            return t
    return doc[i].head


def _only_now(doc: Any, plus: Any) -> bool:
    """Whether a "ne ... plus" restricts what it keeps ("n'ont plus d'eau que deux jours sur trois", "ne compte plus de
    médecin qu'à mi-temps"): "de" and a noun (one or two words) after "plus", then "que" (English "now only")."""
    words = [t.lower_ for t in doc[plus.i + 1 : plus.i + 6]]
    if not words or words[0] not in ("de", "d'", "d’"):
        return False
    rest = words[1:]
    at = next((k for k, w in enumerate(rest) if w in ("que", "qu'", "qu’")), None)
    return at is not None and 1 <= at <= 3 and all(t.pos_ in ("NOUN", "ADJ") for t in doc[plus.i + 2 : plus.i + 2 + at])


def _make(doc: Any, first: Any, marker: str, verb: Any, lexical: bool = False) -> Negation:
    return Negation(
        verb.text, marker, first.idx, first.idx + len(first.text), first.idx / max(1, len(doc.text)), lexical, _anchors(doc, first.i)
    )


def _next_word(text: str, offset: int) -> str:
    """The word after ``offset``, lowercased."""
    match = re.match(r"\W*(\w+)", text[offset:])
    return match.group(1).lower() if match else ""


#: French negative pronouns of a restriction, "personne d'autre que", "rien d'autre que", "nul autre que" (none other
#: than, nothing but: "only"), as "ne ... que".
_FR_RESTRICTIVE = {"personne", "rien", "aucun", "aucune", "nul", "nulle"}


def _other_than(doc: Any, token: Any) -> bool:
    """Whether a French negative pronoun opens a restriction, "d'autre que" / "autre que" after it ("n'est personne
    d'autre que le préfet", "ne veulent rien d'autre que le retrait": none other than, only), no negation."""
    if token.lower_ not in _FR_RESTRICTIVE:
        return False
    words = [t.lower_ for t in doc[token.i + 1 : token.i + 4]]
    if words[:1] in (["d'"], ["d’"], ["de"]):
        words = words[1:]
    return len(words) >= 2 and words[0] in ("autre", "autres") and words[1] in ("que", "qu'", "qu’")


def _idiomatic_sans(doc: Any, token: Any) -> bool:
    """Whether a French "sans" is an idiom holding no negation ("sans doute", "sans aucun doute": probably; "sans cesse":
    constantly; "sans parler de": not to mention; "classer sans suite": to dismiss): neither a negation nor a word that
    says one."""
    if token.lower_ != "sans":
        return False
    two = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
    # "classer sans suite" (to dismiss a case): one verb, whose "sans" negates nothing of the clause
    dismissed = token.i > 0 and doc[token.i - 1].lemma_.lower() == "classer" and two[:1] == ["suite"]
    return _excluded(doc, token, _FR_NOT_AFTER) or two == ["aucun", "doute"] or dismissed


def _excluded(doc: Any, token: Any, table: dict[str, set[str]]) -> bool:
    """Whether the word or the two words after a negative word make it an idiom without negation ("pas mal", "non des moindres")."""
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    two = f"{following} {doc[token.i + 2].lower_}" if token.i + 2 < len(doc) else following
    words = table.get(token.lower_, set())
    if two == "des moindres" and token.lower_ == "pas" and (token.i == 0 or doc[token.i - 1].lower_ not in ("et", ",")):
        return False  # "et pas des moindres" is "not least"; "le défi n'est pas des moindres" negates
    return following in words or two in words


#: French verbs that "ne" alone negates in a written register ("il ne peut venir", "je ne sais", "elle n'ose le dire");
#: not "cesser": "ne cesse de croître" is read, and translated, as "keeps growing".
_FR_LITERARY = {"pouvoir", "savoir", "oser"}
#: Words before a "que" after which a "ne" is expletive ("plus grand qu'on ne peut le croire").
_FR_COMPARATIVE = {"plus", "moins", "mieux", "autre", "autrement", "davantage", "pire", "meilleur", "meilleure"}


def _literary(doc: Any, ne: Any, end: int) -> Any:
    """The verb of a "ne" that negates without a negative word ("ne peut", "ne saurait", "n'aurait pu", "n'ose"), or None.

    None for "ne ... que" (only), an expletive "ne" in the subjunctive ("avant qu'il ne puisse") or after a
    comparative ("plus qu'on ne sait"), and a "ne" before any other verb.
    """
    window = doc[ne.i + 1 : min(end, ne.i + 4)]
    verb = next((t for t in window if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in ("avoir", "être")), None)
    if verb is None or verb.lemma_.lower() not in _FR_LITERARY or "Sub" in verb.morph.get("Mood"):
        return None
    if end < len(doc) and doc[end].lower_ in ("que", "qu'", "qu’"):
        return None  # "il ne peut que constater": only
    before = [t.lower_ for t in doc[max(0, ne.i - 4) : ne.i]]
    if any(w in ("que", "qu'", "qu’") for w in before) and any(t.lower_ in _FR_COMPARATIVE for t in doc[: ne.i]):
        return None
    return verb


#: Parts of speech that may stand between a "ne" and its "plus" inside the verb group: the verb, its auxiliaries,
#: clitic pronouns, adverbs ("n'y a plus", "ne l'a donc plus vu", "ne s'est jamais plus montré").
_VERB_GROUP = {"VERB", "AUX", "PRON", "ADV", "PART"}


def _in_verb_group(doc: Any, ne: Any, plus: Any) -> bool:
    """Whether a "plus" after a "ne" stands in its verb group, as the negative "ne ... plus" does ("il n'y a plus de
    pain", "ne plus venir"): only the verb, its auxiliaries, clitics and adverbs between them. A "plus" after a noun
    or a preposition is a comparative of a later phrase, and the "ne" an expletive or a "ne" alone ("avant qu'elle ne
    parte une heure plus tard": no negation)."""
    between = doc[ne.i + 1 : plus.i]
    return all(t.pos_ in _VERB_GROUP or t.text.startswith("-") for t in between)


#: French verbs of opinion, expectation, appearance and saying whose negation, "ne V pas que P", is read "V that not-P"
#: ("ne pensent pas que" / "believe ... not", "ne semble pas que" / "appears not to"): their "pas que" opens a clause,
#: not the "not only" of "ne mange pas que des légumes".
_FR_OPINION = {"penser", "croire", "estimer", "juger", "considérer", "attendre", "sembler", "paraître", "imaginer", "dire",
               "affirmer", "prévoir", "souhaiter", "vouloir", "espérer", "trouver", "falloir"}  # fmt: skip  # "il ne faut pas que"
#: The verbs whose "que" clause a "ne ... pas" before it negates (no "not only"): those of opinion, and of ruling out,
#: doubt, denial, hiding, promise or fear ("n'exclut pas que", "ne cache pas que", "ne garantit pas que").
_FR_QUE_VERBS = frozenset(_FR_OPINION | {"exclure", "douter", "nier", "prétendre", "garantir", "assurer", "cacher", "admettre",
                                         "accepter", "craindre", "voir", "savoir"})  # fmt: skip


def _opinion_que(doc: Any, pas: Any) -> bool:
    """Whether a "pas" before "que" negates a verb of :data:`_FR_QUE_VERBS` whose clause the "que" opens ("ne pensent pas
    que l'incendie soit criminel", "n'exclut pas que"): a negation (of opinion: moved, in English, to the complement
    clause), not "not only"."""
    if pas.lower_ != "pas" or _next_word(doc.text, pas.idx + len(pas.text)) not in ("que", "qu"):
        return False
    verb = next((t for t in reversed(doc[max(0, pas.i - 4) : pas.i]) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False  # the lemmatizer may leave a form ("estime"): its stem is then read
    return verb.lemma_.lower() in _FR_QUE_VERBS or any(len(v) > 5 and verb.lower_.startswith(v[:-2]) for v in _FR_QUE_VERBS)


def _incise(doc: Any, ne: Any) -> int:
    """The length of an incise between commas right before a "ne" ("personne, au sein du gouvernement, n'a daigné"): a
    negative subject before it still opens the negation; 0 where the "ne" follows no comma."""
    if ne.i < 2 or doc[ne.i - 1].lower_ != ",":
        return 0
    opening = next((t.i for t in reversed(doc[max(0, ne.i - 12) : ne.i - 1]) if t.lower_ == ","), None)
    return 0 if opening is None else ne.i - opening


#: "ni plus ni moins (que)": exactly, no negation.
_NI_PLUS_NI_MOINS = re.compile(r"ni\s+plus\s+ni\s+moins\b", re.IGNORECASE)


#: A short title in quotation marks, a capital first: "« Sans filtre »", "“No Way Home”" (eight words at most), and its
#: translation in brackets right after it ("« Sans filtre » (No Filter)").
_QUOTED_TITLE = re.compile(r"[«“\"]\s*(?=[A-ZÀ-Ý])[^«»“”\".;:!?]{1,60}?\s*[»”\"]|(?<=[»”\"]\s)\((?=[A-ZÀ-Ý])[^()]{1,40}\)")


def _title_words(doc: Any) -> frozenset[int]:
    """The indices of the words of a parsed sentence that stand in a short quoted title or slogan (:data:`_QUOTED_TITLE`,
    eight words at most, no verb in it): a name, whose negative word negates no clause ("son album « Sans filtre »",
    "the slogan “Never again”"); a quoted sentence has its verb ("« Personne ne sera oublié »") and is read."""
    words: set[int] = set()
    for m in _QUOTED_TITLE.finditer(doc.text):
        inside = [t for t in doc if m.start() <= t.idx < m.end()]
        # (a quote mark may be tagged a verb)
        if len(m.group(0).split()) <= 8 and not any(t.pos_ in ("VERB", "AUX") and not t.is_punct for t in inside):
            words.update(t.i for t in inside)
    return frozenset(words)


#: What may stand before an elliptical French negative word ("mais rien", "Jamais,", "— Jamais."): a conjunction, a
#: comparative, a punctuation mark or a dash that opens a reply.
_FR_ELLIPSIS_BEFORE = frozenset({"mais", "et", "ou", ",", ":", "plus", "(", "-", "–", "—", "?", "!", ".", "«", "“"})


def french_negations(doc: Any, doubles: list[Negation] | None = None) -> list[Negation]:
    """The negations of a parsed French sentence; each double negation ("pas sans") is added to ``doubles``."""
    doubles = [] if doubles is None else doubles
    out: list[Negation] = []
    used: set[int] = set()
    tokens = list(doc)
    titles = _title_words(doc)
    for token in tokens:
        if token.lower_ not in ("ne", "n'", "n’") or token.i in titles:
            continue
        if token.i > 0 and doc[token.i - 1].lower_ == "pour" and doc[token.i + 1 : token.i + 3].text.lower() == "pas dire":
            used.add(token.i + 1)
            continue  # "décevants, pour ne pas dire alarmants": "if not alarming", a degree, no negation
        end = len(doc)
        for t in tokens[token.i + 1 :]:
            if t.lower_ in ("ne", "n'", "n’"):
                end = t.i
                break
            if (
                t.lower_ in ("-", "–", "—") or t.lower_ == "," and any(u.lower_ in _FR_NEGATORS for u in tokens[token.i + 1 : t.i])
            ):  # "n'ont de respect pour rien - pas pour ce principe": two negations
                end = t.i
                break
            if (
                t.lower_ in (",", "et", "mais")
                and t.i + 1 < len(doc)
                and doc[t.i + 1].lower_ in _FR_BEFORE - {"ni"}
                and any(u.lower_ in ("ne", "n'", "n’") for u in tokens[t.i + 2 : t.i + 8])
            ):  # "aucun train n'est parti, aucun bus n'est arrivé": the next clause's negative subject
                end = t.i
                break
            if t.lower_ in _FR_BOUNDARY and not (
                t.lower_ in ("que", "qu'", "qu’") and t.i - 1 >= 0 and doc[t.i - 1].lower_ in ("plus", "pas")
            ):
                end = t.i
                break
        after = [
            t
            for t in tokens[token.i + 1 : end]
            if t.lower_ in _FR_NEGATORS and t.i not in used and (not _excluded(doc, t, _FR_NOT_AFTER) or _opinion_que(doc, t))
        ]
        after = [t for t in after if not (t.lower_ == "personne" and any(c.dep_ == "det" and c.lower_ not in ("de", "d'", "d’")
                                                                       for c in t.children))]  # fmt: skip  # "de personne": no one
        after = [t for t in after if not _other_than(doc, t)]  # "n'est personne d'autre que": none other than
        after = [t for t in after if t.lower_ != "plus" or _in_verb_group(doc, token, t)]
        exactly = [t for t in after if _NI_PLUS_NI_MOINS.match(doc.text, t.idx)]  # "n'est ni plus ni moins qu'un": exactly
        exactly += [t for t in after if t.lower_ == "ni" and any(t.i == e.i + 2 for e in exactly)]
        used.update(t.i for t in exactly)
        after = [t for t in after if t not in exactly]
        if token.i > 0 and doc[token.i - 1].lower_ in ("ce", "c'", "c’"):  # "ce n'est pas que ...": it is not that
            after += [
                t
                for t in tokens[token.i + 1 : end]
                if t.lower_ == "pas"
                and t not in after
                and t.i not in used
                and (_next_word(doc.text, t.idx + len(t.text)) in ("que", "qu") or not _excluded(doc, t, _FR_NOT_AFTER))
            ]
            # not "ce n'est pas seulement": "it is not just" (the "que" itself is what this rule reads)
        before = [
            t for t in tokens[max(0, token.i - 6 - _incise(doc, token)) : token.i]
            if t.lower_ in _FR_BEFORE and t.i not in used and not any(c.dep_ == "det" for c in t.children)
            and not any(b.lower_ in _FR_BOUNDARY for b in tokens[t.i + 1 : token.i])
            and not (t.i >= 2 and doc[t.i - 2].lower_ == "sans" and doc[t.i - 1].lower_ in ("que", "qu'", "qu’"))
            and not _other_than(doc, t)
        ]  # fmt: skip  # "sans que rien ne change": the "ne" is expletive, "rien" is "anything"
        if not before:
            # a negative subject far before its "ne", past its complements: "aucun des témoins cités par son client n'a été
            # entendu" (the subject of the verb "ne" bears on, by the parse)
            before = [c for c in token.head.children
                      if c.dep_.startswith("nsubj") and c.lower_ in ("aucun", "aucune", "personne", "rien", "nul", "nulle")
                      and c.i < token.i and c.i not in used and not _other_than(doc, c)
                      and not (c.i >= 2 and doc[c.i - 2].lower_ == "sans" and doc[c.i - 1].lower_ in ("que", "qu'", "qu’"))]  # fmt: skip
        if not before:
            before = _far_negative_subject(doc, tokens, token, used)
        found = before + after
        literary = None if found else _literary(doc, token, end)
        if literary is not None:
            found = [literary]  # "il ne peut venir": "ne" alone negates pouvoir, savoir, oser
        if not found:
            continue  # "ne ... que", an expletive "ne"
        if any(t.lower_ == "plus" for t in after) and len(found) == 1:
            plus = next(t for t in after if t.lower_ == "plus")
            if plus.i + 1 < len(doc) and doc[plus.i + 1].lower_ in ("que", "qu'", "qu’"):
                continue  # "ne ... plus que": only
            if _only_now(doc, plus):
                continue  # "n'ont plus d'eau courante que deux jours sur trois": now only
        used.update(t.i for t in found)
        used.add(token.i)
        # "pas sans", "jamais sans", "aucun courrier ne reste sans suite"; "n'est pas dénué d'humour", "nul n'ignore":
        # a negation of a word that holds one, affirmative
        last = max(t.i for t in (*found, token))
        # (a negative subject's verb may take its object first: "aucun élève ne quittera l'école sans savoir nager")
        sans = [t for t in tokens[token.i + 1 : min(end, last + (7 if before else 4))]
                if t not in found and (t.lower_ == "sans" and not _idiomatic_sans(doc, t) or t.lemma_.lower() in _FR_PRIVATIVE
                                       or t.lower_ in _FR_PRIVATIVE
                                       or _fails_to(doc, t))]  # fmt: skip
        sans = [t for t in sans if not any(u.lower_ in (",", ";") for u in tokens[last + 1 : t.i])]
        if sans:
            used.update(t.i for t in sans)
            # the double starts at the word it cancels, which then holds no negation of its own (:func:`_lexical`)
            marker = " ".join(["ne ...", *(t.lower_ for t in after), sans[0].lower_])  # "ne ... pas sans", "ne ... jamais manque"
            doubles.append(_make(doc, sans[0], marker, _verb_after(doc, token.i, end)))
            continue
        exists = _EXISTENCE_NEGATED.match(doc.text, token.idx)
        relative = _NOT_ONE_WHO_NOT.match(doc.text, max(t.idx + len(t.text) for t in found)) if exists else None
        if relative is not None:
            doubles.append(_make(doc, token, "ne ... pas ... qui ne", _verb_after(doc, token.i, end)))
            used.update(t.i for t in tokens if relative.start() <= t.idx < relative.end())
            continue  # "il n'est pas un village qui n'ait été touché": every village was hit
        if out and not before and token.i - 1 in used and doc[token.i - 1].lower_ in _FR_NEGATORS:
            doubles.append(out.pop())  # "il ne peut pas ne pas savoir": a negation of a negation, affirmative (one double)
            continue
        marker = " ".join(t.lower_ for t in before) + (" " if before else "") + "ne ... " + " ".join(t.lower_ for t in after)
        marker = "ne" if literary is not None else marker
        out.append(_make(doc, found[0] if before else token, marker.strip(), _verb_after(doc, token.i, end)))
    for token in tokens:
        if token.i in used or token.i in titles:
            continue
        word = token.lower_
        if word == "pas" and token.pos_ != "NOUN" and not _excluded(doc, token, _FR_NOT_AFTER):
            if token.i > 0 and doc[token.i - 1].lower_ in (
                "un",
                "le",
                "ce",
                "de",
                "du",
                "au",
                "premier",
                "premiers",
                "son",
                "ses",
                "leurs",
                "leur",
                "faux",
                "petit",
                "grand",
                "dernier",
            ):
                continue  # "un pas", "au pas", "un faux pas", "un petit pas": a step
            sans = token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "sans"
            if sans:
                used.add(token.i + 1)
                doubles.append(_make(doc, token, "pas sans", token.head))
                continue
            if out and [t.lower_ for t in doc[token.i + 1 : token.i + 3]] in (["plus", "que"], ["plus", "qu'"], ["plus", "qu’"]):
                continue  # "ne sortira pas grandi, pas plus que le Québec": the negation before, said of one more ("nor")
            out.append(_make(doc, token, "pas", _verb_after(doc, token.i, min(len(doc), token.i + 6))))
        elif word == "ni" and token.i not in used:
            pair = [t for t in tokens[token.i + 1 :] if t.lower_ == "ni"]
            if any(t.i in used for t in pair):
                continue  # "Ni le maire ni son adjoint n'ont souhaité": the later "ni" read with its "ne", one negation
            used.update(t.i for t in pair)
            if any(n.start < token.idx for n in out) or any(t.lower_ in ("sans", "ne", "n'", "pas") for t in tokens[: token.i]):
                continue  # "sans X ni Y", "ne ... pas X, ni Y": one negation, continued
            out.append(_make(doc, token, "ni ... ni" if pair else "ni", token.head))
        elif word == "sans" and not _idiomatic_sans(doc, token):
            if any(
                n.marker == "sans" and 0 < token.i - _index(doc, n) <= 6 and all(t.pos_ != "VERB" for t in doc[_index(doc, n) : token.i])
                for n in out
            ):
                continue  # "sans X, sans Y": one negation of a list
            out.append(_make(doc, token, "sans", token.head if token.head.i != token.i else token, lexical=True))
        elif (
            word in _FR_BEFORE
            and word != "ni"
            and (token.i == 0 or doc[token.i - 1].lower_ in _FR_ELLIPSIS_BEFORE)
            and (token.i + 1 >= len(doc) or doc[token.i + 1].lower_ not in ("ne", "n'", "n’"))
            and not any(c.dep_ == "det" for c in token.children)
            and not _excluded(doc, token, _FR_NOT_AFTER)
            and not _other_than(doc, token)
        ):
            out.append(_make(doc, token, word, token.head))  # "mais rien du reste", "Jamais,": an elliptical negation
        elif word == "non" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "sans":
            used.add(token.i + 1)
            doubles.append(_make(doc, token, "non sans", doc[token.i + 1].head))  # "non sans difficulté": with some
        elif word == "non" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "plus":
            used.add(token.i + 1)
            if any(t.lower_ in ("ne", "n'", "n’", "pas", "ni") for t in tokens[max(0, token.i - 10) : token.i]):
                continue  # "il n'est pas clair non plus": the same negation
            out.append(_make(doc, token, "non plus", token.head))  # "non plus X mais Y": no longer X
        elif word == "non" and token.pos_ == "ADV" and not _excluded(doc, token, _FR_NOT_AFTER):
            if token.i > 0 and doc[token.i - 1].lower_ in ("ou", "si", "que", "qu'"):
                continue
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            contrast = following is not None and following.pos_ in ("DET", "PRON", "ADP", "NUM", "PROPN")
            out.append(_make(doc, token, "non", token.head, lexical=not contrast))  # "et non une attaque": not a prefix
    return sorted(out, key=lambda n: n.start)


#: The negative words that may open a subject, as a determiner or a pronoun ("aucun élève", "aucun des tableaux").
_FR_NEGATIVE_SUBJECT = frozenset({"aucun", "aucune", "nul", "nulle"})


def _far_negative_subject(doc: Any, tokens: Sequence[Any], ne: Any, used: set[int]) -> list[Any]:
    """The negative word that opens the subject of a "ne" far after it, past the subject's complements, in the same
    clause ("Aucun élève de la polyvalente de la ville n'est reparti sans diplôme", "Aucun des 47 tableaux de
    l'exposition, au musée de la ville, n'avait jamais été montré"): one negation with it (negative concord), whatever
    the parse made of the word (a determiner of the subject, a pronoun read as the root). None where a boundary of
    clause, another "ne" or a verb of its own stands between."""
    for t in tokens[max(0, ne.i - 30) : ne.i]:
        if t.lower_ not in _FR_NEGATIVE_SUBJECT or t.i in used or _other_than(doc, t):
            continue
        if t.i >= 2 and doc[t.i - 2].lower_ == "sans" and doc[t.i - 1].lower_ in ("que", "qu'", "qu’"):
            continue
        between = tokens[t.i + 1 : ne.i]
        # (a verb right after a determiner or a preposition is a noun the tagger misread: "au musée")
        if any(b.lower_ in _FR_BOUNDARY or b.lower_ in ("ne", "n'", "n’")
               or b.pos_ in ("VERB", "AUX") and doc[b.i - 1].pos_ not in ("DET", "ADP") for b in between):  # fmt: skip
            continue
        return [t]
    return []


def _contrasted(head: Any, conjunct: Any) -> bool:
    """Whether the conjunction joining ``conjunct`` to ``head`` sets them against each other ("but", "yet")."""
    ccs = [t for t in itertools.chain(head.children, conjunct.children) if t.dep_ == "cc" and t.i < conjunct.i]
    return bool(ccs) and max(ccs, key=lambda t: t.i).lower_ in _EN_CONTRAST


def _verbless_bracket(doc: Any, token: Any) -> bool:
    """Whether a token stands in brackets that hold no verb: "(not her real name)", "(not to scale)" are notes."""
    opened = next((t for t in reversed(doc[: token.i]) if t.text in ("(", ")")), None)
    if opened is None or opened.text != "(":
        return False
    closed = next((t for t in doc[token.i + 1 :] if t.text == ")"), None)
    inside = doc[opened.i + 1 : closed.i if closed is not None else len(doc)]
    return not any(t.pos_ in ("VERB", "AUX") for t in inside)


#: English adverbs of restriction: "not" before them is "not only" (the French "pas seulement", "pas uniquement").
_EN_RESTRICTIVE = {"only", "solely", "merely", "exclusively", "purely"}


#: The English verb of failing, which a negation a few words before it cancels (:data:`_EN_SELF_CANCELLING` right after).
_EN_CANCELLED_LATER = frozenset({"fail"})
#: The words that may stand between a negation and the verb it cancels: "could have", "cannot afford to fail".
_EN_BETWEEN_CANCELLING = frozenset("one could can would will may might have has had been be afford to able simply just".split())


def _cancelling_later(doc: Any, token: Any) -> list[Any]:
    """The verb of failing that a negation cancels a few words on ("No one could have failed to notice", "cannot be
    said to have failed"), only auxiliaries between; [] when none."""
    for t in doc[token.i + 1 : token.i + 6]:
        if t.lemma_.lower() in _EN_CANCELLED_LATER and t.pos_ == "VERB":
            return [t]
        if t.lower_ not in _EN_BETWEEN_CANCELLING:
            return []
    return []


def _unable_after(doc: Any, token: Any) -> Any:
    """The "unable" a negative subject's clause ends on ("No pupil should leave school unable to read"), a double
    negation as the French "aucun ... sans savoir"; None when its clause holds none."""
    for t in doc[token.i + 1 : token.i + 10]:
        if t.is_punct or t.lower_ in ("but", "and", "because", "while", "although"):
            return None
        if t.lower_ == "unable" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            return t
    return None


def _restricted_verb(doc: Any, token: Any) -> bool:
    """Whether "not" negates a restriction told after its verb: "not explained solely by", "not due only to"."""
    if token.i + 2 >= len(doc):
        return False
    verb, adverb = doc[token.i + 1], doc[token.i + 2]
    return verb.pos_ in ("VERB", "ADJ") and adverb.lower_ in _EN_RESTRICTIVE  # not "just": "did not come just now"


def english_negations(doc: Any, doubles: list[Negation] | None = None) -> list[Negation]:
    """The negations of a parsed English sentence; each double negation ("not without") is added to ``doubles``."""
    doubles = [] if doubles is None else doubles
    out: list[Negation] = []
    tokens = list(doc)
    skip: set[int] = set()
    titles = _title_words(doc)
    for token in tokens:
        word = token.lower_
        if token.i in skip or word not in _EN_NEGATORS or token.i in titles:
            continue  # (a negative word of a short quoted title, "“Never Again”", negates no clause)
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        previous = doc[token.i - 1].lower_ if token.i > 0 else ""
        if _excluded(doc, token, _EN_NOT_AFTER) and not (
            word == "no" and following in ("more", "less", "fewer") and token.i + 2 < len(doc) and doc[token.i + 2].pos_ == "NOUN"
        ):
            continue  # "not only", "no doubt", "no more than" (a comparator); "no more seats" is a negation
        if word in ("not", "n't", "n’t") and _restricted_verb(doc, token):
            continue  # "is not explained solely by", "does not rely only on": "not only", the adverb after its verb
        often = previous == "than" and token.i > 1 and doc[token.i - 2].lower_ == "often"  # "more often than not", "as often than not"
        if word == "never" and previous == "than":
            continue  # "better late than never", "more than never": a comparison, as the French "que jamais"
        if word == "not" and _verbless_bracket(doc, token):
            continue  # "(not her real name)", "(not pictured)": a note beside the text, as "(le prénom a été modifié)"
        if word == "not" and (
            previous in _EN_NOT_BEFORE or often or following == "to" and token.i + 2 < len(doc) and doc[token.i + 2].lower_ == "mention"
        ):
            continue
        compound = token.i + 2 < len(doc) and not doc[token.i + 1].whitespace_ and doc[token.i + 2].text in ("-", "–")
        label = following[:1].isdigit() and not compound or following in (".", "1") or token.text == "No" and following == "."
        if word == "no" and label:
            continue  # "No 1", "No 10 Downing Street"; "no 18-year-old", "no 3-hour wait": a figure glued into a compound, negated
        glued = following == "-" and token.i + 2 < len(doc) and not token.whitespace_ and not doc[token.i + 1].whitespace_
        if word == "no" and glued and doc[token.i + 2].lower_ != "one":
            continue  # "a no-fly zone": a compound word, as "non-violent" ("no-one" is "no one")
        if (
            word == "no"
            and previous == "by"
            and following == "means"
            and token.i + 2 < len(doc)
            and (doc[token.i + 2].lower_ in _EN_NOT_AFTER["not"])
        ):
            continue  # "by no means" is an emphatic "not", with its idioms: "by no means least" is "not least" (notably)
        if word in ("nor", "neither") and out and word == "nor":
            continue  # "no X, nor Y", "neither X nor Y": one negation
        if word == "neither":
            skip.update(t.i for t in tokens[token.i + 1 :] if t.lower_ == "nor")
            if out and previous == ",":
                continue  # "there will be no rise, neither for X nor for Y": the negation before it, continued over a list
        if word == "without":
            if previous in ("not", "never", "n't", "n’t") or (token.i > 1 and doc[token.i - 2].lower_ in ("not", "n't", "never")):
                continue
            out.append(_make(doc, token, "without", token.head, lexical=True))
            continue
        implicative = [t for t in tokens[token.i + 1 : token.i + 3] if t.lemma_.lower() in _EN_SELF_CANCELLING]
        if not implicative:
            implicative = _cancelling_later(doc, token)
        if (word in ("not", "n't", "n’t", "never", "cannot", "nobody", "nothing") or word == "no" and following == "one") and implicative:
            skip.update(t.i for t in implicative)
            doubles.append(_make(doc, implicative[0], f"{token.text} {implicative[0].text}", implicative[0]))
            continue  # "cannot fail to see", "never forgets to": affirmative
        unable = _unable_after(doc, token) if word in ("no", "nobody", "never") else None
        if unable is not None:
            skip.add(unable.i)
            doubles.append(_make(doc, unable, f"{token.text} ... {unable.text}", unable))
            continue  # "No pupil should leave school unable to read": none may leave without reading, affirmative
        if (
            word in ("not", "n't", "n’t", "never")
            and following == "without"
            or (token.i + 2 < len(doc) and doc[token.i + 2].lower_ == "without" and word in ("not", "n't", "never"))
        ):
            skip.update(t.i for t in tokens[token.i + 1 : token.i + 3] if t.lower_ == "without")
            doubles.append(_make(doc, token, f"{token.text} without", token.head))
            continue  # "not without": affirmative
        marker = token.text + (" one" if word == "no" and following == "one" else "")
        head = token.head
        if head.pos_ not in ("VERB", "AUX"):
            head = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), head)
        conjuncts = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(
            d.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for d in c.children) and not _contrasted(head, c)]  # fmt: skip
        negation = _make(doc, token, marker, head)
        out.append(Negation(**{**negation.__dict__, "reach": 1 + len(conjuncts)}))
    return sorted(out, key=lambda n: n.start)


#: English words that repeat one negation over the members of a coordination ("no licence and no insurance",
#: "without a ticket or without a pass"): each after the first continues it, as a French "ni" continues its "ne".
_EN_REPEATED = {"no", "without"}


def _continued(doc: Any, en: Sequence[Negation]) -> list[Negation]:
    """The English negations that repeat the one before them over a coordination: a "no" or "without" right after
    "and", "or" or a comma, where the same word stands within the six words before ("no coach and no manager"), or an
    elliptical "not" before a phrase with no verb, after another negation ("no tax rise, not this year and not next"). Read as
    one negation only as often as the French repeats one over a coordination, a "ni" ("ni ... ni", "sans X ni Y") or
    a negative word said twice ("pas d'école et pas de médecin"): a "no ... and no" may otherwise render two negations."""
    out = []
    for negation in en:
        i = _index(doc, negation)
        word = doc[i].lower_
        if i == 0 or doc[i - 1].lower_ not in ("and", "or", ","):
            continue
        # an elliptical "not" before a phrase with no verb of its own: "no tax rise, not this year and not next year"
        following = doc[i + 1] if i + 1 < len(doc) else None
        elliptical = word == "not" and following is not None and following.pos_ not in ("VERB", "AUX", "PART")
        if word in _EN_REPEATED and any(t.lower_ == word for t in doc[max(0, i - 7) : i - 1]):
            out.append(negation)
        elif elliptical and any(t.lower_ in _EN_NEGATORS for t in doc[max(0, i - 8) : i - 1]):
            out.append(negation)
    return out


def _pair(fr: list[Negation], en: list[Negation]) -> tuple[list[Negation], list[Negation]]:
    """The negations of each side without a counterpart on the other: the cheapest assignment by place and anchors."""
    if not fr or not en:
        return fr, en

    def cost(f: Negation, e: Negation) -> float:
        return abs(f.position - e.position) - 0.3 * len(f.anchors & e.anchors) + (0.2 if f.lexical != e.lexical else 0.0)

    small, large, flipped = (fr, en, False) if len(fr) <= len(en) else (en, fr, True)
    best: tuple[float, tuple[int, ...]] | None = None
    if len(large) <= 7:
        for chosen in itertools.permutations(range(len(large)), len(small)):
            total = sum(cost(*((large[j], s) if flipped else (s, large[j]))) for s, j in zip(small, chosen))
            if best is None or total < best[0]:
                best = (total, chosen)
        taken = set(best[1]) if best else set()
    else:  # a long list of negations: nearest first
        taken = set()
        for s in small:
            j = min((j for j in range(len(large)) if j not in taken), key=lambda j: abs(large[j].position - s.position))
            taken.add(j)
    left = [n for j, n in enumerate(large) if j not in taken]
    return (left, []) if flipped else ([], left)


#: A negative question's own verb with its subject after it: "n'est-elle", "ne le savait-il", "N'aviez-vous".
_INVERTED = re.compile(
    r"n(?:e\s+|['’])(?:\w+\s+|\w+['’]){0,3}(?P<verb>\w+)-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles|ce)\b", re.IGNORECASE
)
#: The verbs of a rhetorical negative question, which frame a statement rather than ask a fact ("n'est-il pas", "ne
#: faut-il pas", "ne peut-on pas", "ne devrait-on pas", "n'y a-t-il pas"): "n'aviez-vous pas dit" asks whether one said.
_FR_RHETORICAL = {"être", "falloir", "pouvoir", "devoir"}
#: The participles of those verbs after an inverted auxiliary: "n'aurait-il pas fallu", "n'aurait-on pas pu".
_FR_RHETORICAL_PARTICIPLES = {"fallu", "pu", "dû", "du"}
#: French question words: a question they open asks about the negation ("pourquoi n'est-il pas venu ?").
_FR_QUESTION_WORDS = {"pourquoi", "comment", "combien", "quand", "où", "qui", "quoi", "quel", "quelle", "quels", "quelles"}
#: A French unlikeness within a few words after a negation ("n'est pas différent de", "ne diffère guère"): what an
#: English "not unlike" renders.
_UNLIKENESS = re.compile(r"\W*(?:\w+\W+){0,3}?(?:différ|dissemblabl|distinct|autre\b|éloign)", re.IGNORECASE)
#: An English statement that holds a negation: its tag question is positive (", do they?") by grammar.
_EN_NEGATIVE_STATEMENT = re.compile(r"\b(?:not|never|no|nothing|nobody|none|cannot)\b|n['’]t\b", re.IGNORECASE)
#: An English tag question closing the sentence without a negation (", do they?"): it renders a French "n'est-ce pas".
_EN_POSITIVE_TAG = re.compile(
    r",\s*(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should)\s+(?:it|he|she|they|we|you|i|there|this|that)\s*\?\W*$",
    re.IGNORECASE,
)


#: A French rhetorical "comment ne pas" and an infinitive ("Comment ne pas voir ... ?": it must be seen), and the
#: English "how" that asks it back.
_HOW_NOT = re.compile(r"\bcomment\s+ne\s+pas\b", re.IGNORECASE)
_EN_HOW = re.compile(r"\bhow\s+(?:can|could|would)\b", re.IGNORECASE)


def _question(text: str, offset: int, doc: Any = None, translation: str = "") -> bool:
    """Whether the French negation at ``offset`` asks a rhetorical negative question, often asked without it in
    English ("n'est-il pas trop cher ?" -> "is it too dear?").

    Rhetorical: the subject after the negated verb's own form ("n'est-elle pas", "ne faut-il pas"), that verb être,
    falloir, pouvoir or devoir (or "y a-t-il", or avoir the auxiliary of their participle: "n'aurait-il pas fallu"), and
    no question word opening the question. The inversion must be the
    negated verb's: "vous ne le laisseriez pas ici, pourquoi le laissez-vous là ?" negates a statement. Not
    rhetorical: a question of fact ("n'avait-il pas promis ... ?", "ne viendraient-ils pas ... ?"), one opened by
    a question word ("pourquoi n'ont-ils pas ... ?"), and a tag "n'est-ce pas" the English renders by a tag
    question, whose polarity it keeps (", don't they?").
    """
    end = re.search(r"[.!?;]", text[offset:])
    if not end or end.group(0) != "?":
        return False
    if _HOW_NOT.search(text[max(0, offset - 12) : offset + 12]) and _EN_HOW.search(translation):
        return True  # "Comment ne pas y voir un désaveu ?" / "How can this be read as anything but a rebuff": it is one
    match = _INVERTED.match(text, offset)
    if not match:
        return False
    opening = re.findall(r"\w+", re.split(r"[.!?;:]", text[:offset])[-1].lower())
    if any(w in _FR_QUESTION_WORDS and not (w == "quand" and opening[i + 1 : i + 2] == ["même"]) for i, w in enumerate(opening)):
        return False  # "Mais alors, pourquoi n'est-il pas venu ?"; not "Quand même, n'est-ce pas étrange ?"
    tag = _EN_POSITIVE_TAG.search(translation) if match.group(0).lower().endswith("-ce") else None
    if tag and not _EN_NEGATIVE_STATEMENT.search(translation[: tag.start()]):
        return False  # ", n'est-ce pas ?" rendered ", do they?" after a positive statement: the tag's negation lost
    if doc is None:
        return True
    verb = next((t for t in doc if t.idx == match.start("verb")), None)
    if verb is None:
        return True
    before = doc[verb.i - 1].lower_ if verb.i > 0 else ""
    if verb.lemma_.lower() == "être" and verb.dep_ in ("aux", "aux:pass", "aux:tense"):
        return False  # "n'est-il pas venu ?": être as an auxiliary asks a fact, as "n'a-t-il pas"
    if verb.lemma_.lower() == "avoir" and before != "y":
        # "n'aurait-il pas fallu", "n'aurait-on pas pu", "n'aurait-elle pas dû": avoir the auxiliary of a rhetorical verb
        participle = next((t for t in doc[verb.i + 1 : verb.i + 5] if t.pos_ in ("VERB", "AUX") and t.lower_ != "pas"), None)
        return participle is not None and participle.lower_ in _FR_RHETORICAL_PARTICIPLES
    return verb.lemma_.lower() in _FR_RHETORICAL or verb.lemma_.lower() == "avoir" and before == "y"


#: The negative prefix "in-" assimilated to the stem's first letter, in both languages: "il-" before an "l" ("illégal",
#: "illegal"), "ir-" before an "r" ("irréel", "irregular"), "im-" before a "b", "m" or "p" ("imbuvable", "immoral",
#: "impossible"); a word whose stem does not begin so holds no such prefix ("irlandais", "illusion").
_ASSIMILATED = {"il": ("l",), "ir": ("r",), "im": ("b", "m", "p")}


@functools.cache
def _adjectives(lang: str, verbs: bool = True) -> frozenset[str]:
    """Adjectives and (with ``verbs``) verb forms of the parser's lemmatizer tables: the stem of a negated adjective is
    one ("un-known")."""
    from .. import parsing

    lookups = parsing.pipeline(lang).get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    words = set(index.get("adj", []))
    if verbs and "lemma_exc" in lookups.tables:  # irregular participles used as adjectives: "un-known", "un-seen"
        words.update(lookups.get_table("lemma_exc").get("verb", {}))
    return frozenset(words)


#: French adjectives of a thing never seen or heard, whose prefix the lemmatizer's tables cannot show ("édit" is no word).
_FR_UNSEEN = frozenset({"inédit", "inédite", "inédits", "inédites", "inouï", "inouïe", "inouïs", "inouïes"})


#: The nouns "refuse" (waste) qualifies: "refuse collectors", "refuse collection", "a refuse tip".
_EN_WASTE_HEADS = frozenset("collector collection bin tip truck lorry worker disposal dump sack site".split())


def _lexical(doc: Any, lang: str, negations: Sequence[Negation] = ()) -> list[tuple[Any, bool]]:
    """The words of a sentence that hold a negation themselves, each with whether it is one of the listed verbs
    and nouns (of failing, refusing, lacking: True) rather than an adjective with a negative prefix or suffix.

    The first words of ``negations`` (the ones the reader counted, a "sans", a "neither") are not among them: a
    word counted as a negation cannot also stand for another one.
    """
    implicative = _EN_IMPLICATIVE if lang == "en" else _FR_IMPLICATIVE
    counted = {n.start for n in negations}
    out = []
    for t in doc:
        if t.idx in counted or lang == "fr" and _idiomatic_sans(doc, t) and doc[t.i + 1].lower_ in ("doute", "cesse", "aucun"):
            continue  # "sans doute", "sans cesse" hold no negation an English one could render ("sans compter": "not counting")
        word = t.lower_.replace("-", "")
        if lang == "en" and word == "missing":
            continue  # "went missing": disappeared, no verb of not doing
        waste = t.i + 1 < len(doc) and doc[t.i + 1].lemma_.lower() in _EN_WASTE_HEADS
        if lang == "en" and word == "refuse" and (t.pos_ in ("NOUN", "PROPN", "ADJ") or waste):
            continue  # "refuse collectors", "household refuse": waste, no refusal (the tagger may read a verb first)
        if lang == "fr" and word == "défaut" and t.i > 0 and doc[t.i - 1].lower_ == "par":
            continue  # "condamné par défaut": in absentia, by default, no lack
        # the tagger's slips: "unbeaten" read as a verb, "winless" as a noun (not a verb's reversive "un-": "unveiled")
        slip = lang == "en" and (t.pos_ == "NOUN" and word.endswith("less")
                                 or t.pos_ == "VERB" and word.startswith("un") and t.lemma_.lower() == t.lower_)  # fmt: skip
        if t.lemma_.lower() in implicative or word in implicative or lang == "fr" and _deprived_of(doc, t):
            out.append((t, True))
        elif lang == "fr" and word in _FR_UNSEEN:
            out.append((t, False))  # "un niveau inédit depuis 2021" / "a level not seen since 2021"
        elif (t.pos_ in ("ADJ", "ADV") or slip) and len(word) > 5:
            if lang == "en" and (word.endswith("less") or t.lower_.endswith("-free")):
                out.append((t, False))
                continue
            if _prefixed(t, lang):
                out.append((t, False))
        elif lang == "en" and t.lower_ == "free" and t.i > 1 and doc[t.i - 1].text == "-" and doc[t.i - 2].is_alpha:
            out.append((t, False))  # "debt-free", "smoke-free", split by the tokenizer
        elif lang == "en" and t.lower_ == "zero" and t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].is_alpha:
            out.append((t, False))  # "zero-emission", "zero-tolerance": a compound of none ("sans émissions")
        elif lang == "fr" and (t.lower_.startswith("non-") and len(t) > 6
                               or t.lower_ == "non" and t.i + 2 < len(doc) and doc[t.i + 1].text == "-"):
            out.append((t, False))  # a French "non-" noun: "le non-paiement" / "not paying", "la non-reconduction" / "not to renew"
    if lang == "en":
        for m in _EN_IMPLICATIVE_PHRASES.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            first = span[0] if span is not None and len(span) else None
            if first is None or first.idx in counted or any(first is t for t, _ in out):
                continue
            out.append((first, True))
    return out


#: The forms of the participle of "priver", which the tagger may read as the noun or adjective "privé" (private).
_DEPRIVED = frozenset({"privé", "privée", "privés", "privées"})


def _deprived_of(doc: Any, token: Any) -> bool:
    """A "privé de" (deprived of) whatever the tagger read ("Privé de son buteur," as a noun): a listed verb of lack."""
    return token.lower_ in _DEPRIVED and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("de", "d'", "d’", "du", "des")


def _tagged_verb(token: Any) -> bool:
    """Whether a French word the tagger read as a verb is an adjective with the negative prefix "in-" ("n'est pas
    illogique", "inéquitable"): its stem one of the adjectives of the lemmatizer's tables, not a verb form ("déplacés")."""
    word = token.lower_
    if token.pos_ != "VERB" or len(word) <= 5:
        return False
    adjectives = _adjectives("fr", verbs=False)
    for prefix in ("in", "im", "il", "ir"):
        stem = word[len(prefix) :]
        if word.startswith(prefix) and stem.startswith(_ASSIMILATED.get(prefix, ("",))) and stem in adjectives:
            return True
    return False


def _prefixed(token: Any, lang: str) -> bool:
    """Whether a word has a negative prefix before an adjective or a verb form of the lemmatizer's tables ("inconnu",
    "illogique", "unknown"); "irlandais" is no "ir-" + "landais": "ir-" stands before an "r" only (:data:`_ASSIMILATED`)."""
    word = token.lower_.replace("-", "")
    adjectives = _adjectives(lang)
    english = _adjectives("en", verbs=False) if lang == "fr" else frozenset()
    for prefix in _EN_PREFIXES if lang == "en" else _FR_PREFIXES:
        stem = word[len(prefix) :]
        if not word.startswith(prefix) or not stem.startswith(_ASSIMILATED.get(prefix, ("",))):
            continue
        lemma = token.lemma_.lower().replace("-", "")
        if (word in english and stem not in english) or (lemma in english and lemma[len(prefix) :] not in english):
            return False  # "important", "immense": English adjectives whose "stem" is none, as in French ("portant", "importantes")
        if stem in adjectives or token.lemma_.lower()[len(prefix) :] in adjectives:
            return True
    return False


def _unsaid(
    en: list[tuple[Any, bool]], en_doc: Any, fr: list[tuple[Any, bool]], fr_doc: Any
) -> tuple[list[tuple[Any, bool]], list[tuple[Any, bool]]]:
    """The words holding a negation on each side (:func:`_lexical`) that do not translate one of the other side.

    A French "incontournable" rendered "unavoidable", "cesser" rendered "stop", "échoué" rendered "failed": the
    two words say the same thing, so neither stands for a negation the other side lost. Pairs are made of words
    of one sort (two listed verbs or nouns, or two prefixed adjectives), nearest first by place in the sentence,
    within :data:`_NEAR`. A word written the same on the other side ("important", "privé" / "private") is the
    same word there, whatever its prefix seemed to say, and stands for no negation either.
    """
    en_words = [t.text for t in en_doc if t.is_alpha]
    fr_words = [t.text for t in fr_doc if t.is_alpha]
    en = [e for e in en if not any(cognate(e[0].text, w) for w in fr_words)]
    fr = [f for f in fr if not any(cognate(f[0].text, w) for w in en_words)]
    en_length, fr_length = len(en_doc.text), len(fr_doc.text)
    left_en = list(en)
    left_fr = list(fr)
    for same in (True, False):  # one sort first, then across sorts where neither word qualifies a noun ("ignorer" / "be unsure")
        unpaired = []
        for f, listed in left_fr:
            place = f.idx / max(1, fr_length)
            near = [e for e in left_en if (e[1] == listed) == same and abs(e[0].idx / max(1, en_length) - place) <= _NEAR
                    and (same or "amod" not in (e[0].dep_, f.dep_))]  # fmt: skip  # across sorts: a predicate ("I am unsure")
            if near:
                left_en.remove(min(near, key=lambda e: abs(e[0].idx / max(1, en_length) - place)))
            else:
                unpaired.append((f, listed))
        left_fr = unpaired
    return left_en, left_fr


#: How near an English word with a negative prefix or suffix must stand to a "sans" or "non" to be its translation.
_FOLD_NEAR = 0.2
#: An English "with" whose noun is the absence of an effort or a sanction ("with ease", "with impunity", "with no
#: trouble"): the rendering of a French "sans" before a noun of difficulty or punishment ("sans peine", "sans mal", "sans
#: difficulté", "sans être inquiété"), not the "with" of a reversal ("sans incident" / "with incidents").
_EN_WITH_EASE = re.compile(r"\bwith\s+(?:(?:great|relative|remarkable|consummate|surprising|such)\s+)?(?:ease|impunity)\b", re.IGNORECASE)


def _withs(translation: str) -> list[float]:
    """The places (a share of the sentence) of the English "with"s that may reverse a French "sans" ("sans incident" /
    "with incidents"): all but the "with" of ease (:data:`_EN_WITH_EASE`)."""
    ease = {m.start() for m in _EN_WITH_EASE.finditer(translation)}
    return [m.start() / max(1, len(translation)) for m in re.finditer(r"\bwith\b", translation, re.IGNORECASE) if m.start() not in ease]


def _folded(fr: list[Negation], en: list[Negation], said_en: list[tuple[Any, bool]], translation: str) -> list[Negation]:
    """The French negations less the "sans" and "non" that the English folds into a word ("non inscrit" /
    "unregistered", "sans fin" / "endless"): as many as the English has fewer "without", each said by a word
    with a negative prefix or suffix near it (taken from ``said_en``), none where a "with" stands near it."""
    spare = sum(n.lexical for n in fr) - sum(n.lexical for n in en)
    withs = _withs(translation)
    out = []
    for neg in fr:
        words = [w for w in said_en if not w[1] and abs(w[0].idx / max(1, len(translation)) - neg.position) <= _FOLD_NEAR]
        if spare > 0 and neg.lexical and words and not any(abs(w - neg.position) <= _NEAR for w in withs):
            said_en.remove(words[0])
            spare -= 1
            continue
        out.append(neg)
    return out


def _said_in_clause(fr_doc: Any, negation: Negation, said_en: list[tuple[Any, bool]], length: int) -> bool:
    """Whether a negated French verb of opinion (:func:`_moved_to_clause`) has its negation said by an English word with a
    negative prefix or suffix in the part of the sentence its clause stands for ("ne juge pas que la fermeture soit
    justifiée" / "considers the closure unjustified"); the word is then taken from ``said_en``."""
    moved = _moved_to_clause(fr_doc, _index(fr_doc, negation))
    if not moved:
        return False
    start = fr_doc[moved].idx / max(1, len(fr_doc.text))
    words = [w for w in said_en if not w[1] and w[0].idx / max(1, length) >= start - _NEAR]
    if words:
        said_en.remove(words[0])
    return bool(words)


def _moved_to_clause(doc: Any, i: int) -> int:
    """The index of the "que" that opens the complement clause of a negated verb of opinion, wish or expectation
    (:data:`_FR_OPINION`: "ne croient pas que", "ne souhaitent pas que", "ne s'attend pas à ce que"), within the seven
    words after the negation's first word; 0 where there is none."""
    for t in doc[i + 1 : i + 8]:
        if t.lower_ not in ("que", "qu'", "qu’"):
            continue
        verb = next((u for u in reversed(doc[i : t.i]) if u.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return 0
        stem = any(len(v) > 5 and verb.lower_.startswith(v[:-2]) for v in _FR_OPINION)  # a form the lemmatizer left
        return t.i if verb.lemma_.lower() in _FR_OPINION or stem else 0
    return 0


def _antonym(doc: Any, negation: Negation, en_doc: Any) -> bool:
    """Whether a French negation is said in the English by an antonym of a word of its clause (:data:`_ANTONYMS`):
    the word within six words after the negation's first word, its English antonym (by lemma or form, a phrase as
    written) anywhere in the English. A negated verb of opinion or wish moves its negation into its complement clause
    (:func:`_moved_to_clause`: "ne croient pas que la banque relèvera ses taux" / "expect the bank to hold rates"): the
    words of that clause are read too, up to fifteen words after the negation."""
    english = {t.lower_ for t in en_doc} | {t.lemma_.lower() for t in en_doc}
    texts = (" ".join(t.lower_ for t in en_doc), " ".join(t.lemma_.lower() for t in en_doc))
    i = _index(doc, negation)
    moved = _moved_to_clause(doc, i)
    first = i - 1 if negation.marker == "pas" and i > 0 else i  # an elliptical "pas" with its adverb: "surtout pas"
    window = list(doc[first : i + (16 if moved else 7)])
    if negation.marker.startswith("ni") and negation.verb:
        # "Ni la police ni les pompiers n'avaient été prévenus": the words around the verb of the "ne", past the subjects
        verb = next((t for t in doc[i:] if t.text == negation.verb), None)
        window += [t for t in doc[max(first, verb.i - 3) : verb.i + 4] if t not in window] if verb is not None else []
    for t in window:
        if t.lower_ in ("que", "qu'", "qu’", "mais", ";") and not (moved and t.i == moved):
            break  # a negated verb of opinion moves its negation into the clause its "que" opens: read on
        pairs = [f"{doc[t.i - 1].lower_} {t.lower_}", f"{doc[t.i - 1].lemma_.lower()} {t.lower_}"] if t.i > 0 else []
        keys = _keys(t, _ANTONYMS) + pairs  # "pas rien"; "dit non" by its verb's lemma, "dire non"
        words = set().union(*(_ANTONYMS.get(k, set()) for k in keys))
        words = {w for w in words if not (w in _ANTONYM_RENDERS and _ANTONYM_RENDERS[w].search(doc.text))}
        if words & english or any(" " in w and re.search(_phrase_pattern(w), text) for w in words for text in texts):
            return True
    return False


#: The particles of English phrasal verbs, which may stand a few words after their verb ("kept every shot out").
_PARTICLES = ("out", "down", "off", "up", "away", "back", "at bay", "open")


def _phrase_pattern(phrase: str) -> str:
    """A regex for an English phrase of :data:`_ANTONYMS`; a phrasal verb's particle may follow its object ("keep out"
    finds "kept the rain out", "keep at bay" finds "kept everyone at bay")."""
    particle = next((p for p in _PARTICLES if phrase.endswith(" " + p)), None)
    if particle is None:
        return rf"\b{phrase}\b"
    verb = phrase[: -len(particle) - 1]
    reach = 8 if particle == "open" else 2  # "keeping both the criminal and the accident theories open"
    return rf"\b{verb}(?:\s+\S+){{0,{reach}}}?\s+{particle}\b"


def _keys(token: Any, table: Mapping[str, Any]) -> list[str]:
    """The entries of ``table`` (keyed by French lemma) a French word stands for: its lemma or form, the form less a
    feminine or plural ending ("inconnue", "ouvertes"), or a verb's form where the lemmatizer left the form: an "-er"
    verb's stem with one of its endings ("conteste", "manque", "nie" for contester, manquer, nier; :data:`_ER_ENDINGS`),
    an irregular verb's form (:data:`_IRREGULAR`: "omis", "exclut")."""
    word, lemma = token.lower_, token.lemma_.lower()
    forms = {word, lemma, re.sub(r"(?:e|s|es)$", "", word), _IRREGULAR.get(word, "")}
    keys = [k for k in forms if k in table]
    keys += [k for k in table if k.endswith("er") and word.startswith(k[:-2]) and word[len(k) - 2 :] in _ER_ENDINGS and k not in keys]
    return keys


#: The endings of a French "-er" verb's usual forms (present, imperfect, past historic, future, participles):
#: "nie", "niait", "rejetés", "empêchera" are forms of nier, rejeter, empêcher.
_ER_ENDINGS = {"e", "es", "ent", "é", "ée", "és", "ées", "er", "ait", "ais", "aient", "a", "ant", "ons", "ez", "era", "eront",
               "erait", "eraient", "èrent", "ât", "ions", "iez"}  # fmt: skip
#: Forms of the irregular verbs of :data:`_FR_FOLDED` and :data:`_ANTONYMS` the lemmatizer may leave as they are.
_IRREGULAR = {
    **{f: "exclure" for f in ("exclu", "exclus", "exclut", "exclue", "exclues", "excluent", "excluait", "excluant", "exclura")},
    **{f: "reprendre" for f in ("reprend", "reprennent", "reprenne", "reprendra", "reprendront", "reprendrait", "repris", "reprise")},
    **{f: "interdire" for f in ("interdit", "interdite", "interdits", "interdites", "interdisent", "interdisait", "interdira")},
    **{f: "omettre" for f in ("omet", "omets", "omettent", "omis", "omise", "omises", "omettait", "omettant")},
    **{f: "démentir" for f in ("dément", "démentent", "démenti", "démentie", "démentis", "démentait", "démentant")},
    **{f: "abstenir" for f in ("abstient", "abstiennent", "abstenu", "abstenue", "abstenus", "abstenues", "abstenait")},
    **{f: "revenir" for f in ("revient", "reviennent", "reviendra", "reviendront", "revenu", "revenue", "reviendrait")},
    **{f: "tenir" for f in ("tient", "tiennent", "tenu", "tenue", "tiendra", "tiendront", "tenait")},
    **{f: "vouloir" for f in ("veut", "veulent", "voulu", "voulait", "voudra", "voudrait")},
    **{f: "perdre" for f in ("perd", "perdent", "perdu", "perdue", "perdus", "perdues", "perdait", "perdra")},
    **{f: "désemplir" for f in ("désemplit", "désemplissent", "désemplissait", "désemplissaient", "désemplira")},
}


#: The endings of the participles of :data:`_IRREGULAR` ("exclu", "omise", "démenti", "interdite").
_IRREGULAR_PARTICIPLES = ("u", "us", "ue", "ues", "is", "ise", "ises", "i", "ie", "it", "ite", "its", "ites")


#: French words of degree a "jamais" bears on ("jamais autant de", "n'a jamais été aussi fort", "jamais plus haut"): the
#: clause is a superlative, which English says by "than ever", "a record", "unprecedented".
_FR_DEGREE = {"autant", "aussi", "si", "tant", "plus", "davantage", "mieux", "pire", "tel", "telle", "tels", "telles", "pareil",
              "pareille", "pareils", "pareilles"}  # fmt: skip
#: The English of a superlative said by a never: "more than ever", "a record", "all-time", "unprecedented", "ever".
_EN_EVER = re.compile(r"\b(?:ever|record|all[- ]time|unprecedented|highest|lowest|biggest|largest|best|worst)\b", re.IGNORECASE)


#: An English superlative of a period: "the lowest since 2008", "its highest level since the crisis".
_EN_SINCE = re.compile(r"\b(?:\w+est|best|worst|most|least)\b(?:\s+\w+){0,2}\s+since\b", re.IGNORECASE)


def _never_so(doc: Any, negation: Negation, translation: str) -> bool:
    """Whether a French "ne ... jamais" bearing on a word of degree (:data:`_FR_DEGREE`, within its next eight words and
    its clause: "jamais la ville n'avait accueilli autant de touristes", "n'ont jamais été aussi fortes") is said by an
    English superlative (:data:`_EN_EVER`: "more tourists than ever", "at a record high"): the same statement."""
    words = negation.marker.split()
    # "n'avait plus été aussi bas depuis la crise" / "its lowest since the crisis": not so low since then
    since = "plus" in words and any(t.lower_ == "depuis" for t in doc) and _EN_SINCE.search(translation) is not None
    if not (("jamais" in words and _EN_EVER.search(translation)) or since):
        return False
    i = _index(doc, negation)
    for t in doc[i + 1 : i + 9]:
        following = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.lower_ == "si" and following is not None and following.pos_ in ("ADJ", "ADV"):
            return True  # "jamais si fort"; a "si" before a clause is "if", a boundary
        if t.lower_ in _FR_BOUNDARY:
            return False
        if t.lower_ in _FR_DEGREE and not (t.lower_ == "plus" and doc[t.i - 1].lower_ == "jamais"):
            return True  # "jamais plus" is "never again"
    return False


#: Words that may stand between a "sans" and its infinitive: clitics, "même", a negative word, the auxiliary of a past
#: infinitive ("sans le dire", "sans s'arrêter", "sans même y penser", "sans avoir payé").
_FR_BEFORE_INFINITIVE = {"le", "la", "les", "l'", "l’", "se", "s'", "s’", "en", "y", "lui", "leur", "me", "m'", "m’", "te", "t'",
                         "t’", "nous", "vous", "même", "jamais", "rien", "plus", "avoir", "être"}  # fmt: skip


#: English phrases of leaving a thing out, which render a French "sans" + infinitive of counting ("sans compter", "sans
#: prendre en compte", "sans parler de"): "not to mention", "let alone", "aside from", "excluding", "not counting".
_EN_LEAVING_OUT = re.compile(
    r"\bnot\s+to\s+mention\b|\blet\s+alone\b|\b(?:aside|apart)\s+from\b|\bexcluding\b|\bnot\s+(?:counting|including)\b",
    re.IGNORECASE,
)


#: English words whose sense is a thing not done, which render a French "sans" + infinitive with no negation word: verbs of
#: disregard and omission ("sans tenir compte de" / "disregarding", "sans consulter" / "bypassing", "sans passer par" /
#: "skipping"), by lemma; adjectives and adverbs of a stillness, a silence, an idleness, a continuity, a cost not paid
#: ("sans bouger" / "motionless", "sans un mot" / "silent", "sans rien faire" / "idle", "sans s'arrêter" / "nonstop"), by
#: form; phrases of the same senses, as written ("in silence", "round the clock", "out of the blue", "sans payer" / "for
#: free"; not a bare "free", which may be "set free").
#: The "still" of "sit still" is read by :func:`_privative` (after a full verb; the "still" of "is still" is "yet").
_EN_PRIVATIVE_VERBS = {"disregard", "ignore", "overlook", "bypass", "skip", "sidestep", "circumvent", "neglect", "forgo", "forego",
                       "omit", "shirk", "flout", "dispense"}  # fmt: skip
_EN_PRIVATIVE_WORDS = {"motionless", "immobile", "stationary", "idle", "idly", "silent", "mute", "speechless", "wordless", "nonstop",
                       "non-stop", "ceaseless", "endless", "regardless", "irrespective", "notwithstanding", "gratis",
                       "alone", "solo", "unilateral", "unilaterally", "forthwith"}  # fmt: skip
_EN_PRIVATIVE_PHRASES = re.compile(
    r"\bin\s+silence\b|\b(?:a)?round\s+the\s+clock\b|\bon\s+end\b|\bout\s+of\s+the\s+blue\b|\bby\s+surprise\b|\b(?:for\s+free|free\s+of\s+charge)\b"
    r"|\bat\s+once\b|\bon\s+the\s+spot\b|\b(?:right|straight)\s+away\b|\bstraight\s+off\b|\bpoint\s+blank\b",
    re.IGNORECASE,
)


def _privative(fr_doc: Any, en_doc: Any, token: Any) -> bool:
    """Whether an English word's sense is a thing not done (:data:`_EN_PRIVATIVE_VERBS`, :data:`_EN_PRIVATIVE_WORDS`), not
    negated itself and spelt like no French word of the sentence ("a ignoré" / "ignored" renders that verb), or the "still"
    of a stillness, right after a full verb ("sit still", "stood still"; not "is still", "still refuses")."""
    if any(t.lower_ in _EN_NEGATORS or t.lower_ in ("n't", "n’t") for t in en_doc[max(0, token.i - 3) : token.i]):
        return False
    if any(cognate(token.text, t.text) for t in fr_doc if t.is_alpha):
        return False
    if token.lower_ == "still":
        return token.i > 0 and en_doc[token.i - 1].pos_ == "VERB"
    if token.pos_ == "VERB" and token.lemma_.lower() in _EN_PRIVATIVE_VERBS:
        return True
    return token.pos_ in ("ADJ", "ADV", "ADP", "SCONJ") and token.lower_ in _EN_PRIVATIVE_WORDS


#: French nouns of difficulty a "sans" denies ("sans difficulté", "sans peine", "sans mal", "sans encombre", "sans effort"), and
#: the English words that affirm a difficulty: a "sans" of these rendered by one ("struggled to reach") is reversed.
_FR_DIFFICULTY = {"difficulté", "difficultés", "peine", "mal", "encombre", "effort", "efforts", "problème", "problèmes", "souci"}
_EN_DIFFICULTY = {"struggle", "difficulty", "battle", "trouble"}


def _noun_affirmed(en_doc: Any, noun: Any, place: float) -> bool:
    """Whether the English affirms the noun a French "sans" denies, with no negation among the three words before it and no
    "-free" after it: the noun spelt alike near its place (within :data:`_NEAR`: "sans incident" / "went ahead with
    incidents") or, for a noun of difficulty (:data:`_FR_DIFFICULTY`), a noun or verb of difficulty anywhere
    (:data:`_EN_DIFFICULTY`: "sans difficulté" / "struggled to reach", "had difficulty"). The "sans" is then reversed, not
    said by a word of its own."""
    length = max(1, len(en_doc.text))
    for t in en_doc:
        if not t.is_alpha or any(u.lower_ in _EN_NEGATORS | {"n't", "n’t", "lack", "absence"} for u in en_doc[max(0, t.i - 3) : t.i]):
            continue
        if t.i + 2 < len(en_doc) and en_doc[t.i + 1].text in ("-", "–") and en_doc[t.i + 2].lower_ == "free":
            continue  # "incident-free"
        alike = cognate(noun.text, t.text) and not t.lower_.endswith("less") and abs(t.idx / length - place) <= _NEAR
        difficulty = noun.lower_ in _FR_DIFFICULTY and t.lemma_.lower() in _EN_DIFFICULTY and t.pos_ in ("NOUN", "VERB")
        # the noun's English by the lexicon of counted nouns, where the English moved it ("sans spectateurs" / "in front of
        # a crowd", "sans eau potable" / "had safe drinking water")
        # (the noun as written too, where the tagger took it for another part of speech: "sans casque" read as an adjective)
        rendered = (t.pos_ == "NOUN" and abs(t.idx / length - place) <= 2 * _NEAR
                    and (noun.pos_ in ("NOUN", "PROPN") and same_noun(noun.lemma_.lower(), t.lemma_.lower()) is True
                         or same_noun(noun.lower_, t.lemma_.lower()) is True))  # fmt: skip
        if alike or difficulty or rendered:
            return True
    return False


def _own_word(fr_doc: Any, en_doc: Any, negation: Negation) -> bool:
    """Whether a French "sans" or "non" that the English renders with no negation may be rendered by a word of its own.

    A "sans" before a noun may ("sans encombre" / "smoothly", "sans détour" / "frankly"); a "sans" before an infinitive
    ("sans payer", "sans avoir prévenu") says a verb not done, which a plain English verb reverses ("after paying"): only
    an English adverb of manner near its place may say it ("sans hésiter" / "readily", "sans le savoir" / "unwittingly",
    read before as a prefixed word). A "non" before an adjective or a participle ("non officiel", "non conforme") is
    lost where the English spells that word alike, bare ("official"), and writes no prefixed word anywhere; an
    antonym of its own ("non violent" / "peaceful") may say it.
    """
    i = _index(fr_doc, negation)
    first = fr_doc[i]
    following = next((t for t in fr_doc[i + 1 : i + 5] if t.lower_ not in _FR_BEFORE_INFINITIVE), None)
    if following is None:
        return True
    place, length = negation.position, max(1, len(en_doc.text))
    if first.lower_ == "non":
        # "une marche non violente" / "a non-violent march", "les dossiers non traités" / "the unprocessed files": the
        # English prefixed word stands before its noun, the French after: anywhere in the sentence
        prefixed = re.search(r"\bnon-\w", en_doc.text, re.IGNORECASE) or any(not listed for _, listed in _lexical(en_doc, "en"))
        if following.pos_ not in ("ADJ", "VERB") or prefixed:
            return True
        return not any(cognate(following.text, t.text) for t in en_doc if t.is_alpha)  # "non officiel" / "official": lost
    past = any(t.lower_ in ("avoir", "être") for t in fr_doc[i + 1 : following.i])  # "sans avoir payé"
    if following.pos_ != "VERB" or not (past or following.lower_.endswith(("er", "ir", "re", "oir"))):
        return not _noun_affirmed(en_doc, following, place)  # a noun ("sans encombre"), unless the English affirms it
    if _EN_LEAVING_OUT.search(en_doc.text):
        return True  # "sans compter", "sans prendre en compte" / "not to mention", "let alone", "excluding"
    if any(_privative(fr_doc, en_doc, t) and abs(t.idx / length - place) <= _NEAR for t in en_doc):
        return True  # "sans bouger" / "sit still", "sans tenir compte de" / "disregarding", "sans rien faire" / "idle"
    phrases = itertools.chain(_EN_PRIVATIVE_PHRASES.finditer(en_doc.text), _EN_WITH_EASE.finditer(en_doc.text))
    if any(abs(m.start() / length - place) <= _NEAR for m in phrases):
        return True  # "sans faire de bruit" / "in silence", "sans prévenir" / "out of the blue", "sans être puni" / "with impunity"
    return any(t.pos_ == "ADV" and t.lower_.endswith("ly") and abs(t.idx / length - place) <= _FOLD_NEAR for t in en_doc)


#: An English "something other than" (not that): the reversal of a French restriction ("n'est rien d'autre que", "ne ...
#: que": only that).
_EN_OTHER_THAN = re.compile(r"\b(?:something|someone|somebody)\s+(?:other|else)\s+than\b", re.IGNORECASE)


def _restriction_reversed(fr_doc: Any, translation: str) -> re.Match[str] | None:
    """The English "something other than" (:data:`_EN_OTHER_THAN`) that renders a French restriction ("cette onde n'est
    rien d'autre qu'un photon", "n'est autre que", "ne ... que": only that) by its opposite (not that), or None."""
    match = _EN_OTHER_THAN.search(translation)
    if match is None:
        return None
    return match if any(_other_than(fr_doc, t) for t in fr_doc) or _restricted(fr_doc) else None


def _restricted(fr_doc: Any) -> bool:
    """Whether a French sentence holds a restriction "ne ... que" (only): a "que" after a "ne" with no negative word or
    clause boundary between them ("ne sont arrivés qu'une heure après")."""
    for t in fr_doc:
        if t.lower_ in ("ne", "n'", "n’"):
            for u in fr_doc[t.i + 1 :]:
                if u.lower_ in _FR_NEGATORS or u.lower_ in _FR_BOUNDARY and u.lower_ not in ("que", "qu'", "qu’"):
                    break
                if u.lower_ in ("que", "qu'", "qu’"):
                    return True
    return False


def _not_until(fr_doc: Any, en_doc: Any, negation: Negation) -> bool:
    """Whether an English "not ... until" ("did not get there until an hour later": only then) renders a French
    restriction of time, "ne ... que" (:func:`_restricted`: "ne sont arrivés qu'une heure après"): an "until" or "till"
    within the eight words after the negation, no negation said."""
    if negation.marker.lower() not in ("not", "n't", "n’t", "never"):
        return False
    i = _index(en_doc, negation)
    return any(t.lower_ in ("until", "till") for t in en_doc[i + 1 : i + 9]) and _restricted(fr_doc)


#: English verbs of stopping: a "ne cesse de" (keeps) rendered by one of these, not negated, is reversed.
_EN_STOP = {"stop", "cease", "halt", "end", "quit"}


def _keeps_stopped(fr_doc: Any, en_doc: Any) -> Any:
    """The English verb of stopping (:data:`_EN_STOP`, no negation among the four words before it) that renders a French
    "ne cesse de" ("le chômage ne cesse de grimper": keeps climbing; the "ne" alone, no negative word, is the litotes of
    a continuation) or "sans cesse" ("les prix grimpent sans cesse": keep climbing), or None: "has stopped climbing" says
    the opposite, a negation added by the verb."""
    keeps = any(
        _keys(t, {"cesser": None})
        and any(u.lower_ in ("ne", "n'", "n’") for u in fr_doc[max(0, t.i - 3) : t.i])
        and not any(u.lower_ in _FR_NEGATORS for u in fr_doc[max(0, t.i - 3) : t.i + 2])
        for t in fr_doc
    )  # "ne cesse de grimper": keeps climbing
    keeps = keeps or any(t.lower_ == "cesse" and t.i > 0 and fr_doc[t.i - 1].lower_ == "sans" for t in fr_doc)  # "sans cesse"
    if not keeps:
        return None
    for t in en_doc:
        before = {u.lower_ for u in en_doc[max(0, t.i - 4) : t.i]}
        glued = t.i > 1 and en_doc[t.i - 1].text in ("-", "–") and en_doc[t.i - 2].lower_ == "non"
        if t.lemma_.lower() in _EN_STOP and t.pos_ == "VERB" and not before & (_EN_NEGATORS | {"never"}) and not glued:
            return t  # not "non-stop", a continuation
    return None


#: French "sans" + a noun of stopping: a continuation ("sans cesse", "sans arrêt", "sans relâche": constantly), which
#: English may say by a stop negated ("never stops", "does not let up").
_FR_CONTINUITY = {"cesse", "arrêt", "relâche", "répit", "discontinuer", "interruption", "trêve"}
#: English verbs of stopping a negation of which says a continuation ("never stops climbing", "did not let up").
_EN_STOPPING = _EN_STOP | {"let", "relent", "pause", "rest", "slow", "stall"}


def _continuity_said(fr_doc: Any, en_doc: Any, negation: Negation) -> bool:
    """Whether an English negation of a verb of stopping (:data:`_EN_STOPPING`, within its next three words: "never stop
    rising", "does not let up") renders a French continuation that holds no negation: "sans" + a noun of stopping
    (:data:`_FR_CONTINUITY`: "sans cesse", "sans relâche") or "ne cesse de" (the "ne" alone: keeps)."""
    i = _index(en_doc, negation)
    if not any(t.lemma_.lower() in _EN_STOPPING and t.pos_ == "VERB" for t in en_doc[i + 1 : i + 4]):
        return False
    for t in fr_doc:
        following = fr_doc[t.i + 1].lower_ if t.i + 1 < len(fr_doc) else ""
        if t.lower_ == "sans" and following in _FR_CONTINUITY:
            return True
        if _keys(t, {"cesser": None}) and any(u.lower_ in ("ne", "n'", "n’") for u in fr_doc[max(0, t.i - 3) : t.i]):
            if not any(u.lower_ in _FR_NEGATORS for u in fr_doc[max(0, t.i - 3) : t.i + 2]):
                return True
    return False


#: The English conjunctions that hold the negation of a French clause opened by "si" (if ... not: "unless") or "tant que"
#: (as long as ... not: "until", "unless").
_EN_UNLESS = {"si": re.compile(r"\bunless\b", re.IGNORECASE), "tant": re.compile(r"\b(?:until|till|unless)\b", re.IGNORECASE)}


def _unless(doc: Any, negation: Negation, translation: str) -> bool:
    """Whether a French negation in a clause opened by "si" or "tant que" ("si le gouvernement ne cède pas", "tant que le
    pont ne sera pas réparé") is said by an English "unless" or "until" ("unless the government gives in", "until the
    bridge is repaired"), which holds it: the conjunction, within the eleven words before the negation (a subject and its
    complements: "tant que les députés arrêtés en octobre ne seront pas libérés"), opens its clause."""
    i = _index(doc, negation)
    for t in reversed(doc[max(0, i - 12) : i]):
        word = t.lower_
        if word in ("si", "s'", "s’") or word in ("que", "qu'", "qu’") and t.i > 0 and doc[t.i - 1].lower_ == "tant":
            key = "si" if word in ("si", "s'", "s’") else "tant"
            return bool(_EN_UNLESS[key].search(translation))
        if word in _FR_BOUNDARY or word == ",":
            return False
    return False


#: English "yet to" / "still to" before a verb ("has yet to rule", "is still to come"), "still waiting" / "still awaiting"
#: ("are still waiting for their insurers to pay"): a negation of the time being.
_YET_TO = re.compile(r"\b(?:yet|still)\s+to\b|\bstill\s+(?:waiting|awaiting|wait|waits|await|awaits|pending)\b|"
                     r"\bstill\s+(?:un|in)(?:finished|complete|paid|resolved|decided|known|explained|clear|answered|signed|built|"
                     r"opened|used|sold|claimed|published|released|repaired|ratified|approved|confirmed|available)\b", re.IGNORECASE)
#: ("still unfinished", "still incomplete": a state not yet reached, said by its negative adjective)


def _not_yet(doc: Any, negation: Negation, translation: str) -> bool:
    """Whether a French "ne ... pas encore" (not yet: "encore" or "toujours" within its next five words, before a clause
    boundary), or a "ne ... jamais" up to now ("depuis" in its clause), is said by an English "yet to" / "still to" ("n'a
    pas encore voté" / "has yet to vote"), "still waiting" ("n'ont pas encore été indemnisés" / "are still waiting to be
    paid"), which holds the negation."""
    if not _YET_TO.search(translation):
        return False
    i = _index(doc, negation)
    never = "jamais" in negation.marker.split()
    for t in doc[i + 1 : i + (14 if never else 6)]:
        if t.lower_ in _FR_BOUNDARY:
            return False
        if t.lower_ in ("encore", "toujours") or (never and t.lower_ == "depuis"):
            return True  # "n'a toujours pas reçu", "n'a jamais dégagé de bénéfice depuis 2019": not yet
    return False


#: An English "the first ... since": what had not happened since a time, happening now.
_FIRST_SINCE = re.compile(r"\b(?:the|its|their|his|her)\s+first\b(?:\s+[^\W\d_]+){0,6}?\s+(?:since|in)\b", re.IGNORECASE)


def _first_since(doc: Any, negation: Negation, translation: str) -> bool:
    """Whether a French negation of what had not happened since a time ("aucune exposition n'avait été dédiée depuis
    2021", "n'avait plus gagné depuis dix ans") is said by an English "the first ... since" ("the first major show since
    2021", "its first win in ten years"): "depuis" in the negation's clause."""
    if not _FIRST_SINCE.search(translation) or not any(w in negation.marker.split() for w in ("aucun", "aucune", "jamais", "plus", "pas")):
        return False
    i = _index(doc, negation)
    return any(t.lower_ == "depuis" for t in doc[max(0, i - 12) : i + 14] if not any(b.lower_ in (";", "mais") for b in doc[i : t.i]))


#: An English upper bound on a figure: "3% or less", "at most 3%", "no more than 3%", "capped at", "a maximum of", "keep ... to".
_EN_UPPER_BOUND = re.compile(
    r"\b(?:or\s+less|or\s+fewer|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|capped\s+at|limit(?:ed)?\s+to|"
    r"(?:keep|keeps|kept|hold|holds|held)\b[^.;]{0,40}?\bto\s+(?:\d|a\s+maximum))",
    re.IGNORECASE,
)


def _bound_kept(doc: Any, negation: Negation, translation: str) -> bool:
    """Whether a French negation bearing on a bound ("n'augmentera pas ses tarifs de plus de 3 %", "ne dépassera pas 40
    heures") is said by an English upper bound on the figure ("3% or less", "at most 40 hours", "capped at"): the
    negation moved onto the comparator, which the figure check reads."""
    if not _EN_UPPER_BOUND.search(translation):
        return False
    i = _index(doc, negation)
    window = " ".join(t.lower_ for t in doc[i : i + 12])
    return bool(re.search(r"\b(?:plus\s+de|plus\s+d['’]|au-delà\s+de|dépass\w*)\s*(?:\S+\s+)?\d", window))


#: English verbs of an end, by lemma: a French "ne ... plus" (no longer) said by a stop ("ne sera plus jouée" / "ends its
#: run", "ne sera plus produit" / "production will cease").
_EN_ENDING = frozenset({"end", "stop", "cease", "quit", "discontinue", "scrap", "axe", "ax", "halt", "retire", "finish", "phase"})


def _no_longer(negation: Negation, fr_doc: Any, en_doc: Any) -> bool:
    """Whether a French "ne ... plus" is said by an English verb of an end that no negation bears on, one more than the
    French verbs of an end ("la police devait cesser" / "would stop" renders "cesser", not the "ne ... plus")."""
    if "plus" not in negation.marker.split():
        return False
    ends = [t for t in en_doc if t.pos_ == "VERB" and (t.lemma_.lower() in _EN_ENDING or _given_up(t))
            and not any(u.lower_ in _EN_NEGATORS or u.lower_ in ("n't", "n’t") for u in en_doc[max(0, t.i - 3) : t.i])]  # fmt: skip
    return len(ends) > sum(t.lemma_.lower() in _FR_ENDING for t in fr_doc)


#: French words of lack whose English may be "no" or "without" before the noun ("faute de moyens" / "with no money").
_FR_LACK_WORDS = frozenset({"faute", "manque", "absence", "défaut", "priver", "privé", "dépourvu"})


def _lack_moved(said_fr: list[tuple[Any, bool]], en_doc: Any, negation: Negation) -> tuple[Any, bool] | None:
    """The one French word of lack left unsaid (:data:`_FR_LACK_WORDS`) that an English "no" or "without" before a
    noun renders wherever the English moved it ("La Bourse a suivi Wall Street, faute de catalyseur" / "With no
    catalyst, the exchange took its cue from Wall Street"); None if there is no such word or several."""
    if negation.marker.lower() not in ("no", "without"):
        return None
    i = _index(en_doc, negation)
    if not any(t.pos_ in ("NOUN", "PROPN") for t in en_doc[i + 1 : i + 4]):
        return None
    lacks = [w for w in said_fr if w[1] and (w[0].lower_ in _FR_LACK_WORDS or w[0].lemma_.lower() in _FR_LACK_WORDS)]
    return lacks[0] if len(lacks) == 1 else None


#: The English adverbs of a thing done right that a "not" before them negates ("not properly enforced").
_EN_NOT_RIGHT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:properly|correctly|adequately|well|fully|sufficiently|effectively|"
                           r"rigorously|strictly)\b", re.IGNORECASE)


def _badly_done(fr_doc: Any, translation: str, negation: Negation) -> bool:
    """Whether an English "not" before an adverb of a thing done right ("not properly enforced", "not well managed")
    renders a French "mal" before a participle or a verb ("mal appliqué", "mal géré"): a manner negated, on both sides."""
    if negation.marker.lower() not in ("not", "n't", "n’t") or not _EN_NOT_RIGHT.match(translation, negation.end):
        return False
    return any(t.lower_ == "mal" and t.i + 1 < len(fr_doc) and fr_doc[t.i + 1].pos_ in ("VERB", "ADJ", "AUX") for t in fr_doc)


def _given_up(token: Any) -> bool:
    """An English "give up" ("have given up drinking the tap water"): a verb of an end by its particle."""
    return token.lemma_.lower() == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)


#: French verbs of an end, which the English verbs of :data:`_EN_ENDING` may render.
_FR_ENDING = frozenset({"cesser", "arrêter", "terminer", "finir", "stopper", "achever", "interrompre", "suspendre", "abandonner"})


#: An English suggestion: "what about", "how about", "why not", "should", "could", "suggest" (a "should not" or "why
#: not" is read as a negation anyway).
_EN_SUGGESTION = re.compile(r"\b(?:what|how)\s+about\b|\bwhy\s+not\b|\bshould\b|\bcould\b|\bsuggest", re.IGNORECASE)


def _why_not(doc: Any, negation: Negation, translation: str) -> bool:
    """Whether a French "pourquoi ne pas" / "pourquoi pas" (a suggestion: why not do it) is said by an English suggestion
    (:data:`_EN_SUGGESTION`: "what about reopening", "how about", "should ... "), which holds no reversal; a bare "why"
    ("Why reopen it?", asking for a reason to do it) says the opposite and leaves the negation lost."""
    i = _index(doc, negation)
    if i == 0 or doc[i - 1].lower_ != "pourquoi" or doc[i].lower_ not in ("ne", "n'", "n’", "pas"):
        return False
    return bool(_EN_SUGGESTION.search(translation))


#: An English "not" followed within its verb group by a word of quantity or degree: "not many", "does not offer many",
#: "not very likely", "not often": a litotes that renders a French "peu" (few, little), no reversal.
_LITOTES = re.compile(r"(?:\s+\w+){0,2}?\s+(?:many|much|a\s+lot|very|often|enough)\b", re.IGNORECASE)


def _said_by(
    words: list[tuple[Any, bool]], length: int, negation: Negation, taken: list[tuple[Any, bool]] | None = None, *, alone: bool = False
) -> bool:
    """Whether one of ``words`` (a word holding a negation, on the other side) near ``negation`` says it; the
    word is then taken from ``taken`` (``words`` itself by default): one word says one negation. ``alone``: the
    sentence's only negation, and the other side holds none, so a single such word, a verb of the list ("failed to",
    "refused to"), says it wherever it stands ("Aucun compromis n'a été signé par les deux camps" / "both camps failed
    to sign a compromise"); a noun or a prefixed adjective elsewhere ("a failure", "unpopular") renders a word of its own."""
    lone = alone and len(words) == 1 and words[0][1] and words[0][0].pos_ in ("VERB", "AUX")  # "failed to", "refused to"
    near = [w for w in words if abs(w[0].idx / max(1, length) - negation.position) <= _NEAR or lone]
    if not near:
        return False
    (words if taken is None else taken).remove(min(near, key=lambda w: abs(w[0].idx / max(1, length) - negation.position)))
    return True


#: English words of lack that render a French noun holding no negation ("chômage" / "jobless", "apatride" / "stateless"):
#: the stems of the French nouns each one renders.
#: (not "homeless": "sans-abri" holds the "sans" the English word says)
_EN_NOUN_OF_LACK = {"jobless": ("chômage", "chômeu", "demandeu"), "stateless": ("apatride",)}


def _renders_elsewhere(word: tuple[Any, bool], fr_doc: Any, negation: Negation) -> bool:
    """Whether an English word with a negative prefix renders a French word outside the negation's clause: its stem
    is spelt like a French word, and none of those stands in the clause the negation opens ("n'est pas clair" /
    "unclear" says the negation; "peu accessible ; les camions ne le traversent pas" / "inaccessible; lorries cross it"
    does not)."""
    token, listed = word
    if token.lower_ in _EN_NOUN_OF_LACK and any(t.lower_.startswith(_EN_NOUN_OF_LACK[token.lower_]) for t in fr_doc):
        return True  # "le taux de chômage" / "the jobless rate": the English word of a French noun, no negation
    if listed:
        return False
    lower = token.lower_.replace("-", "")
    stems = [lower[len(p) :] for p in _EN_PREFIXES if lower.startswith(p) and len(lower) - len(p) >= 4]
    alike = [t for t in fr_doc if t.is_alpha and any(cognate(t.text, stem) for stem in stems)]
    if not alike:
        return False
    i = _index(fr_doc, negation)
    end = next((t.i for t in fr_doc[i + 1 :] if t.lower_ in _FR_BOUNDARY), len(fr_doc))
    return all(not i - 2 <= t.i < min(end, i + 10) for t in alike)


#: English verbs of refraining: a French "ne pas pouvoir s'empêcher de" (could not refrain: did) rendered by one reverses it.
_EN_REFRAIN = {"refrain", "resist", "hold", "stop", "prevent", "avoid", "restrain", "keep"}


def _cannot_refrain(fr_doc: Any, en_doc: Any, negation: Negation) -> bool:
    """Whether a French negation bears on a reflexive verb of refraining, "s'empêcher de", "se retenir de", within its next
    six words ("personne n'a pu s'empêcher de rire", "elle ne peut se retenir de sourire": everyone laughed, she smiles): a
    double negation, said in English with none, unless the English holds a verb of refraining (:data:`_EN_REFRAIN`)."""
    i = _index(fr_doc, negation)
    start = next((t.i for t in fr_doc[i : i + 8] if t.lower_ in ("ne", "n'", "n’")), i)
    for t in fr_doc[start + 1 : start + 7]:
        if t.lower_ in _FR_BOUNDARY:
            return False
        reflexive = t.i > 0 and fr_doc[t.i - 1].lower_ in ("s'", "s’", "se", "m'", "m’", "me", "t'", "t’", "te", "nous", "vous")
        if reflexive and (_keys(t, {"empêcher": None}) or t.lemma_.lower() == "retenir" or t.lower_.startswith("reten")):
            return not any(u.lemma_.lower() in _EN_REFRAIN for u in en_doc)
    return False


#: The French verbs whose "dé-" negates ("n'a pas démérité" / "did well", "n'a pas déplu" / "went down well"), unlike
#: most verbs' "dé-" ("démissionner", "décider", "déclarer").
_FR_NEGATIVE_DE = ("déplai", "déplu", "démérit", "désapprouv", "désobé", "désavou", "déconseill", "désespér", "déshonor")


def _litotes(fr_doc: Any, en_doc: Any, negation: Negation) -> bool:
    """Whether a French negation bears on an adjective with a negative prefix, within its next four words, that the
    English does not write alike: a litotes ("n'est pas inutile" / "serves a purpose", "n'est pas impossible" / "is
    possible"), two negations the English says with none; "n'est pas illégal" / "is illegal" keeps the prefix."""
    i = _index(fr_doc, negation)
    words = {t.i: t for t, listed in _lexical(fr_doc, "fr") if not listed or t.pos_ == "ADJ"}
    english = [t.text for t in en_doc if t.is_alpha]
    english_prefixed = [t for t, listed in _lexical(en_doc, "en") if not listed]
    for t in fr_doc[i + 1 : i + 7]:  # "n'a pas jugé la plainte irrecevable": the verb and its object first
        if t.lower_ in _FR_BOUNDARY:
            break
        # "n'a pas démissionné": a verb's "dé-" (a participle after "avoir" is a verb, whatever its tag), no negation
        reversive = (t.lower_.startswith("dé") and not t.lower_.startswith(_FR_NEGATIVE_DE)
                     and (t.pos_ == "VERB" or any(u.lemma_ == "avoir" for u in fr_doc[i : t.i])))  # fmt: skip
        prefixed = (t.i in words and not reversive) or _tagged_verb(t)
        # (an English word with a negative prefix renders the French one, its negation lost: "inadmissible")
        if prefixed and not any(cognate(t.text, w) for w in english) and not english_prefixed:
            return True
    return False


#: English words that render a French word holding a negation without being one of :data:`_EN_IMPLICATIVE`
#: ("privé de" / "deprived of", "refuser" / "decline", "faute de" / "for want of", "éviter" / "spare"): a French
#: such word the English renders so is not lost.
_EN_FOLDED = {"deprive", "decline", "reject", "spare", "miss", "shortage", "scarcity", "halt", "quit", "bar", "block",
              "escape", "dismiss", "shun", "veto", "barely", "hardly", "scarcely", "outlaw", "rebuff", "oppose", "withhold",
              "abandon", "renounce", "waive", "spurn", "contradict", "dearth", "deficiency", "scarce", "limited", "shortfall",
              "lacking", "scant", "insufficient", "inadequate", "boycott", "against"}  # fmt: skip  # "voted against lifting"


#: French words of time that may stand between a verb and its "de" ("a refusé mercredi de", "a renoncé hier à").
_FR_TIME_WORDS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain soir matin finalement".split())


def _governs(doc: Any, token: Any) -> bool:
    """Whether a French word holding a negation says it by its grammar: a verb followed by "de" or "à" (its
    infinitive or object: "éviter de", "privés d'eau", "échoué à") or passive ("est interdite"), an adjective
    ("impossible", "incapable"), a noun followed by a bare "de" ("faute de", "manque de", "absence de"; not "défense
    des droits", "faute des employés", where the noun is a protection or a fault); never one negated itself."""
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    if any(t.lower_ in _FR_WORDS for t in doc[max(0, token.i - 3) : token.i]) or any(c.lower_ in _FR_WORDS for c in token.children):
        return False  # negated itself ("ne cesse de" / "keeps", "sans oublier"): two negations
    if token.pos_ == "VERB":  # a day or an adverb between the verb and its "de" ("a refusé mercredi de voter")
        after = next((t.lower_ for t in doc[token.i + 1 : token.i + 5] if not (t.pos_ == "ADV" or t.lower_ in _FR_TIME_WORDS)), "")
    if token.pos_ == "PROPN" and token.i == 0 and token.lower_ in _FR_IMPLICATIVE:
        return True  # "Impossible pour les secouristes de ...": the adjective opening the sentence, tagged as a name
    if token.pos_ == "ADJ":  # a participle of a listed verb holds it only with its object or after "être":
        # "privés d'eau", "la vente est interdite"; "le capital privé" is private, "la zone interdite" a place
        own = token.lower_.rstrip("s") in _FR_IMPLICATIVE or token.lemma_.lower() in _FR_IMPLICATIVE
        return (own and not token.lemma_.lower().endswith(("er", "ir", "re"))) or after in ("de", "d'", "d’", "à") or any(
            c.dep_ == "cop" for c in token.children
        )
    if token.pos_ == "VERB":
        return after in ("de", "d'", "d’", "à") or any(c.dep_ == "aux:pass" for c in token.children)
    return token.pos_ == "NOUN" and after in ("de", "d'", "d’")


#: French words whose meaning holds a negation by their sense, whatever follows them (a verb of denial, refusal,
#: abstention, prevention, omission, renunciation, exclusion or ignorance; an adjective with a negative prefix), each with
#: the English renderings that KEEP that meaning (lemmas, or phrases as written): a French such word, not negated itself,
#: whose English holds none of these, no negation and no word holding one near it, is a negation lost ("nie toute
#: implication" / "admits involvement", "a rejeté la demande" / "granted the request", "jugent improbable" / "consider
#: likely"). Read for the loss only: these words excuse no negation the English adds (the notes of earlier rounds: a
#: French folded word excusing an injected "not" cost recall on negations added), except an English negation of
#: their antonym (:data:`_FOLDED_OPPOSITE`).
_FR_FOLDED = {
    # denial
    "nier": {"deny", "denial", "dispute", "refute", "rebut", "reject", "contest", "dismiss"},
    "démentir": {"deny", "denial", "refute", "rebut", "dismiss", "reject", "contradict", "quash", "scotch"},
    # refusal ("a refusé de prêter" / "turned down a request to lend"; read for its renderings only, "refuser de" by its grammar)
    "refuser": {"refuse", "refusal", "turn down", "turned down", "turning down", "decline", "reject", "rebuff", "spurn", "veto",
                "say no", "said no", "rule out", "ruled out", "deny", "withhold", "turn away", "turned away", "turn back",
                "turned back", "bar", "block", "keep out", "kept out", "shut out"},
    "rejeter": {"reject", "refuse", "turn down", "dismiss", "throw out", "threw out", "thrown out", "rebuff", "decline", "spurn",
                "overrule", "deny", "veto", "vote down", "voted down", "overturn", "quash", "against"},
    # abstention
    "abstenir": {"abstain", "abstention", "refrain", "decline", "hold back", "held back", "stay away", "stayed away", "avoid",
                 "stay home", "stayed home", "stay at home", "stayed at home"},
    # prevention
    "empêcher": {"prevent", "stop", "bar", "keep", "block", "hinder", "prohibit", "impede", "thwart", "hold off", "restrict",
                 "ban", "halt", "preclude", "stymie", "deter", "forbid", "obstruct", "hamper"},
    # avoidance ("éviter de" is read by its grammar; "éviter la hausse", "évitait le sujet" by its sense)
    "éviter": {"avoid", "prevent", "spare", "avert", "stave off", "ward off", "head off", "steer clear", "dodge", "evade",
               "escape", "sidestep", "shun", "bypass", "keep", "stop", "save", "forestall", "preclude"},
    # omission
    "omettre": {"omit", "omission", "neglect", "forget", "leave out", "left out", "overlook", "skip", "miss"},
    # renunciation
    "renoncer": {"give up", "gave up", "given up", "abandon", "drop", "scrap", "shelve", "forgo", "forego", "renounce", "waive",
                 "ditch", "back down", "backed down", "withdraw", "pull out", "pulled out", "call off", "called off", "relinquish"},
    # exclusion
    "exclure": {"rule out", "ruled out", "exclude", "preclude", "shut out", "bar", "expel", "reject", "dismiss", "ban",
                "out of", "leave out", "left out", "remove", "oust"},  # "out of": "kicked out of", "forced out of"
    # ignorance (or disregard)
    "ignorer": {"unaware", "ignore", "oblivious", "disregard", "overlook", "brush aside", "brushed aside", "unknown", "no idea",
                "in the dark"},
    # deprivation ("privés de" is read by its grammar; these renderings keep it) and prohibition
    "priver": {"deprive", "lose", "cut off", "go without", "went without", "strip", "rob"},
    "dépourvu": {"devoid", "deprive", "bereft", "short of", "lose", "without"},
    "prohiber": {"ban", "prohibit", "prohibition", "forbid", "outlaw", "bar", "illegal", "not allowed"},
    "interdire": {"ban", "prohibit", "prohibition", "forbid", "outlaw", "bar", "illegal", "not allowed", "block", "veto", "off-limits",
                  "off limits", "no-go", "refuse"},
    # dissuasion ("les médecins lui ont déconseillé de voyager" / "advised her against travelling")
    "déconseiller": {"advise against", "advised against", "advises against", "warn against", "warned against", "caution against",
                     "cautioned against", "discourage", "dissuade", "against"},
    # a claim refused by a court ("a débouté les riverains de leur demande" / "dismissed the residents' claim")
    "débouter": {"reject", "dismiss", "throw out", "threw out", "thrown out", "rule against", "ruled against", "deny", "turn down",
                 "turned down", "overrule", "refuse"},
    # lack ("l'hôpital manque de médecins" / "is short of doctors"; "manquer le train" / "missed"; "il manque trois
    # joueurs" / "three players are missing"); a negated "ne manquera pas de" is read by its grammar
    "manquer": {"lack", "short", "shortage", "shortfall", "scarce", "scarcity", "need", "few", "too few", "not enough",
                "insufficient", "understaffed", "understaffing", "struggle", "missing", "miss", "absent", "deficit", "want",
                "without", "dearth", "gap", "no-show", "fail", "stretched", "hard to find", "hard-pressed", "starved", "lose",
                "wanting", "fall short", "fell short", "thin", "low on"},
    # ruling out or setting aside ("a écarté toute hausse" / "ruled out any increase"), removing ("écarté du pouvoir" /
    # "ousted"), averting ("écarter le danger" / "ward off"), straying ("s'écarter de" / "depart from")
    "écarter": {"rule out", "ruled out", "reject", "dismiss", "exclude", "set aside", "brush aside", "brushed aside", "shelve",
                "sideline", "oust", "remove", "drop", "dropped", "against", "avert", "ward off", "stave off", "depart",
                "stray", "aside", "away", "out", "side", "sidelined", "pass over", "passed over"},
    # adjectives with a negative prefix whose English is another word
    "irrecevable": {"inadmissible", "throw out", "threw out", "thrown out", "dismiss", "reject", "unacceptable",
                    "not admissible", "invalid", "out of order"},
    "improbable": {"unlikely", "doubtful", "improbable", "implausible", "remote"},
    "incompatible": {"incompatible", "at odds", "inconsistent", "conflict", "clash", "contrary", "contradict", "breach", "violate"},
    "inutile": {"useless", "pointless", "unnecessary", "needless", "futile", "in vain", "waste", "redundant"},
    "illégal": {"illegal", "illegally", "unlawful", "unlawfully", "wrongful", "wrongfully", "outlaw", "illicit", "prohibit", "ban",
                "forbid", "against the law"},
}  # fmt: skip


#: The English words stating the opposite of a word of :data:`_FR_FOLDED` ("nier" / "admit", "rejeter" / "grant",
#: "improbable" / "likely"): an English negation on one of these says the French word ("a rejeté l'hypothèse" / "did
#: not accept the hypothesis") and is no negation added.
_FOLDED_OPPOSITE = {
    "nier": {"admit", "confirm", "acknowledge"},
    "démentir": {"confirm", "admit"},
    "rejeter": {"accept", "approve", "grant", "uphold"},
    "abstenir": {"vote", "comment", "take"},
    "empêcher": {"let", "allow"},
    "omettre": {"mention", "include", "declare"},
    "renoncer": {"pursue", "proceed"},
    "exclure": {"consider", "include"},
    "ignorer": {"know", "aware"},
    "improbable": {"likely", "probable"},
    "incompatible": {"compatible"},
    "inutile": {"useful", "necessary", "need"},
    "illégal": {"legal", "lawful"},
    "dépourvu": {"have", "equip"},
    "prohiber": {"allow", "permit"},
    "interdire": {"allow", "permit", "authorise", "authorize"},
    "débouter": {"uphold", "grant"},
    "déconseiller": {"advise", "recommend", "encourage"},
}


def _opposite_negated(fr_doc: Any, en_doc: Any, negation: Negation) -> bool:
    """Whether an English negation bears on a word stating the opposite of a French word of :data:`_FR_FOLDED`
    (:data:`_FOLDED_OPPOSITE`, within its next three words): "not accept" says "rejeter", "not likely" says "improbable"."""
    opposites = set().union(*(_FOLDED_OPPOSITE.get(k, set()) for t in fr_doc for k in _sense_folded(fr_doc, t)))
    if not opposites:
        return False
    i = _index(en_doc, negation)
    return any(t.lemma_.lower() in opposites or t.lower_ in opposites for t in en_doc[i + 1 : i + 4])


def _renders(en_doc: Any, words: set[str]) -> bool:
    """Whether the English holds one of ``words``: a lemma or form, or a phrase as written (on the forms or the lemmas)."""
    english = {t.lower_ for t in en_doc} | {t.lemma_.lower() for t in en_doc}
    texts = (" ".join(t.lower_ for t in en_doc), " ".join(t.lemma_.lower() for t in en_doc))
    return bool(words & english) or any(" " in w and re.search(rf"\b{w}\b", text) for w in words for text in texts)


def _negated(doc: Any, token: Any) -> bool:
    """Whether a French word is negated itself: a negative word among the three before it or its children."""
    return any(t.lower_ in _FR_WORDS for t in doc[max(0, token.i - 3) : token.i]) or any(c.lower_ in _FR_WORDS for c in token.children)


def _negated_before(doc: Any, token: Any) -> bool:
    """Whether a "ne" stands before the word in its clause ("n'a pas déclaré la demande irrecevable")."""
    for t in reversed(doc[max(0, token.i - 10) : token.i]):
        if t.lower_ in _FR_BOUNDARY or t.text == ",":
            return False
        if t.lower_ in ("ne", "n'", "n’"):
            return True
    return False


def _sense_folded(fr_doc: Any, token: Any) -> list[str]:
    """The entries of :data:`_FR_FOLDED` a French word holds a negation by: a verb (its finite form, infinitive or
    participle; not a participle qualifying a noun, "les gaz rejetés" being emitted) or an adjective of the table;
    none where the word is negated itself ("n'a pas rejeté")."""
    keys = _keys(token, _FR_FOLDED)
    if not keys or _negated(fr_doc, token):
        return []  # a verb form the tagger missed ("nie" as a noun) is read by its form
    if token.pos_ == "ADJ" and _negated_before(fr_doc, token):
        return []  # "n'a pas déclaré la demande irrecevable": a litotes, read as such
    if token.pos_ in ("NOUN", "PROPN") and (
        any(c.dep_ == "det" for c in token.children) or token.i > 0 and fr_doc[token.i - 1].pos_ == "DET"
    ):
        return []  # a noun with its article ("les niais", simpletons) is no verb form
    before = {t.lower_ for t in fr_doc[max(0, token.i - 3) : token.i]}
    if token.lower_.endswith(("ons", "ez")) and not before & {"nous", "vous"}:
        return []  # an imperative ("ignorons ça", "excluez-le"): an instruction, which the English often rewords
    participle = (
        "Part" in token.morph.get("VerbForm")
        or token.lower_.endswith(("é", "és", "ée", "ées"))
        or (token.lower_ in _IRREGULAR and token.lower_.endswith(_IRREGULAR_PARTICIPLES))
    )
    if participle and token.dep_ in ("amod", "acl") and any(k.endswith(("er", "ir", "re")) for k in keys):
        return []  # "les gaz rejetés", "l'élève exclu" qualifying a noun: a state, not a denial or refusal
    return keys


def _bare_stem(fr_doc: Any, en_doc: Any, token: Any) -> bool:
    """Whether a French adjective with a negative prefix is rendered by its stem spelt bare in the English, without the
    prefix ("incompatible" / "compatible", "illégal" / "legal", "irréaliste" / "realistic"): the negation dropped."""
    if token.pos_ != "ADJ" or _negated(fr_doc, token):
        return False
    word = token.lower_
    english = [t.lower_ for t in en_doc if t.is_alpha]
    if any(cognate(token.text, w) for w in english):
        return False
    for prefix in _FR_PREFIXES:
        stem = word[len(prefix) :]
        if word.startswith(prefix) and len(stem) >= 5 and stem.startswith(_ASSIMILATED.get(prefix, ("",))):
            return any(cognate(stem, w) for w in english)
    return False


def _stem_spelt(source: str, translation: str) -> bool:
    """Whether a French word with a negative prefix has its stem (five letters or more) spelt in the English, on the
    text alone: a sentence :func:`_bare_stem` may read, which needs a parse."""
    english = [w for w in re.findall(r"[^\W\d_]+", translation) if len(w) >= 5]
    for word in re.findall(r"[^\W\d_]+", source.lower()):
        for prefix in _FR_PREFIXES:
            stem = word[len(prefix) :]
            if word.startswith(prefix) and len(stem) >= 5 and any(cognate(stem, w) for w in english):
                return True
    return False


#: English words holding a negation (:data:`_EN_IMPLICATIVE`) that render a French verb holding none: "stop" for "(s')arrêter"
#: or "stopper" (a halt, not a negation). Where the French holds that verb, the English word renders it and says no
#: negation folded into another French word ("a omis de s'arrêter" / "stopped": the omission dropped).
_EN_PLAIN = {"stop": {"arrêter", "stopper"}}


#: French nouns of lack, read for a negation lost only ("le manque de médecins" / "the number of doctors"): as words that
#: excuse an English negation added they would hide one ("manque" is also a form of "manquer").
_FR_LACK = {"manque", "manques", "pénurie", "pénuries"}


def _keeps_going(en_doc: Any) -> bool:
    """Whether an English "keep" is one of going on ("supplies kept reaching"), no keeping from: a gerund right after it."""
    return any(t.lemma_.lower() == "keep" and t.i + 1 < len(en_doc) and en_doc[t.i + 1].tag_ == "VBG" for t in en_doc)


def _folded_words(fr_doc: Any, en_doc: Any, fr: Sequence[Negation], en: Sequence[Negation]) -> list[Any]:
    """The French verbs and nouns holding a negation ("éviter de", "privé de", "faute de", "impossible") that the
    English renders with no negation and no word holding one near them (within :data:`_NEAR`), nor a word of
    :data:`_EN_FOLDED` near them, nor a word spelt alike: a negation folded into a word, dropped by the English. So too
    a word of :data:`_FR_FOLDED` (a denial, a refusal, ... whatever follows it) the English renders by none of its
    renderings, and a prefixed adjective the English spells without its prefix (:func:`_bare_stem`). As many English
    words of :data:`_EN_FOLDED` as French words holding a negation say them all, wherever the English put them."""
    length_fr, length_en = len(fr_doc.text), len(en_doc.text)
    english = [t for t in en_doc if t.is_alpha]
    lexical_fr = _lexical(fr_doc, "fr", fr)
    listed = {t.i for t, is_listed in lexical_fr if is_listed and t.lower_ not in _FR_WORDS}
    listed |= {t.i for t in fr_doc if t.pos_ == "NOUN" and (t.lower_ in _FR_LACK or t.lemma_.lower() in _FR_LACK)}
    prefixed = {t.i for t, is_listed in lexical_fr if not is_listed}
    # each French word that may hold a negation: its senses in :data:`_FR_FOLDED`, and whether its grammar says one
    candidates = [(t, _sense_folded(fr_doc, t), t.i in listed and _governs(fr_doc, t)) for t in fr_doc]
    folded_en = [t for t in english if t.lemma_.lower() in _EN_FOLDED or t.lower_ in _EN_FOLDED]
    if folded_en and len(folded_en) >= sum(1 for _, keys, governed in candidates if keys or governed):
        return []  # each French word holding a negation may be said by an English one, wherever the English put it
    french = {t.lemma_.lower() for t in fr_doc}
    lexical_en = _lexical(en_doc, "en")
    plain = [t for t, _ in lexical_en if french & _EN_PLAIN.get(t.lemma_.lower(), set())]
    said = [t.idx / max(1, length_en) for t, _ in lexical_en if t not in plain] + [n.position for n in en]
    said += [t.idx / max(1, length_en) for t in folded_en]  # "causing fuel shortages" says the "pénuries" near it, no other
    said += [
        m.start() / max(1, length_en)
        for m in _EN_NEGATIVE_STATEMENT.finditer(en_doc.text)
        if en_doc.text[m.end() : m.end() + 1] not in ("-", "–")
    ]  # "not just" too; not the "no" of a compound, "a no-confidence motion", "a no-fly zone"
    inside = [n.position for n in fr]
    # as many English words of lack as French ones: each says one, wherever the English moved it ("La paroisse fermera,
    # faute de prêtres" / "For want of priests, the parish will close")
    lacks = sum(is_listed for _, is_listed in _lexical(en_doc, "en", en))
    # and an English "no" or "without" before a noun that no French negation takes ("With no catalyst, ...")
    lacks += max(0, sum(n.marker.lower() in ("no", "without") for n in en) - len(fr))
    going = {"keep", "kept", "keeps", "keeping"} if _keeps_going(en_doc) else set()  # "kept reaching" keeps nothing from
    out = []
    for t, keys, governed in candidates:
        if not (governed or keys or t.i in prefixed and _bare_stem(fr_doc, en_doc, t)):
            continue
        if any(cognate(t.text, w.text) for w in english) or any(_renders(en_doc, _FR_FOLDED[k] - going) for k in _keys(t, _FR_FOLDED)):
            continue
        place = t.idx / max(1, length_fr)
        if any(abs(place - p) <= _NEAR for p in said) or any(abs(place - p) <= _NEAR for p in inside):
            continue
        if governed and lacks >= len(listed):
            continue
        out.append(t)
    return out


#: The stems of :data:`_FR_IMPLICATIVE` (a verb without its ending: "interdi-", "évit-"): a sentence holding one may
#: hold a negation folded into a word, and needs a parse.
_FR_FOLDED_STEMS = tuple(
    w[:-2] if w.endswith(("er", "ir", "re")) else w[:-1] if w.endswith("e") else w
    for w in _FR_IMPLICATIVE | set(_FR_FOLDED) | _FR_LACK
    if w not in _FR_WORDS
) + ("omis", "omit")  # "omettre": "a omis de", "omit"


def may_negate(text: str, lang: str) -> bool:
    """Whether ``text`` holds a word that a negation of ``lang`` starts with ("ne", "pas", "sans"; "not", "n't",
    "never"): without one, the readers find no negation and the sentence needs no parse for them."""
    from .. import parsing

    words = {w.lower() for w in re.findall(r"\w+['’]?", text)}
    if lang == "fr":
        return bool(words & (_FR_CUES if parsing.gated() else _FR_WORDS)) or any(w.startswith(_FR_FOLDED_STEMS) for w in words)
    return bool(words & _EN_NEGATORS) or "n't" in text or "n’t" in text


@register
class NegationCheck(Check):
    """The negations of the French and of the English, paired (see the module docstring)."""

    name = "negation"
    kind = IssueKind.NEGATION
    needs = ("fr", "en")

    def applies(self, source: str, translation: str) -> bool:
        """Whether either side holds a word that can start a negation (the readers' own word lists), or the French
        a word with a negative prefix whose bare stem the English spells (:func:`_bare_stem`: "inapplicable" /
        "applicable")."""
        return may_negate(source, "fr") or may_negate(translation, "en") or _stem_spelt(source, translation)

    def run(self, source: str, translation: str, report: CheckReport, translations: Mapping[str, str]) -> None:
        """Add a ``lost`` or ``added`` issue for each negation without a counterpart."""
        from .. import parsing

        fr_doubles: list[Negation] = []
        en_doubles: list[Negation] = []
        en_doc, fr_doc = parsing.parse(translation, "en", entities=False), parsing.parse(source, "fr", entities=False)
        fr = french_negations(fr_doc, fr_doubles)
        en = english_negations(en_doc, en_doubles)
        self._stopped(fr_doc, en_doc, report)  # "ne cesse de grimper" / "has stopped climbing"
        unlike = [n for n in en if n.marker.lower() == "not" and _next_word(translation, n.end) == "unlike"]
        unlikeness = [n for n in fr if _UNLIKENESS.match(source, n.end)]
        for negation in unlike[len(unlikeness) :]:  # "not unlike" (like) renders a French likeness ("rappelle"), a
            en.remove(negation)  # negation only where the French negates an unlikeness ("n'est pas différent de")
        repeats = sum(t.lower_ == "ni" for t in fr_doc) + sum(len(n.marker.split()) - len(set(n.marker.split())) for n in fr)
        # a negation of two negative words ("personne ne l'écoutait, pas même son frère"): the second, elliptical, may be
        # said again in the English ("nobody listened, not even her brother")
        repeats += sum(len({w for w in n.marker.split() if w in _FR_NEGATORS or w in _FR_BEFORE}) >= 2 for n in fr)
        continued = _continued(en_doc, en)[:repeats]  # "ni permis ni assurance", "pas d'école et pas de médecin" /
        en = [n for n in en if n not in continued]  # "no licence and no insurance": one negation over a coordination
        said: tuple[list[tuple[Any, bool]], list[tuple[Any, bool]]] | None = None
        if any(n.lexical for n in fr):
            said = _unsaid(_lexical(en_doc, "en", [*en, *en_doubles]), en_doc, _lexical(fr_doc, "fr", [*fr, *fr_doubles]), fr_doc)
            fr = _folded(fr, en, said[0], translation)
        undone = _undoing_alone(en_doc) if fr_doubles and not en_doubles and len(fr) == len(en) else None
        if undone is not None:  # "n'a pas manqué de rappeler" (did recall) / "forgot to recall": the double reversed
            double = fr_doubles[0]
            message = f"negation lost: '{double.marker}' on '{double.verb}' says it was done; the English '{undone.text}' says it was not"
            report.issues.append(Issue(IssueKind.NEGATION, "lost", message, double.marker, undone.text, (double.start, double.end),
                                       (undone.idx, undone.idx + len(undone.text))))  # fmt: skip
            return
        if len(fr) == len(en):
            self._folded_lost(fr_doc, en_doc, fr, en, translation, report)
            return
        if any(len(fr) + 2 * f == len(en) + 2 * e for f in range(len(fr_doubles) + 1) for e in range(len(en_doubles) + 1)):
            return  # a double negation read as one on one side, as two negations on the other ("ne peut V sans" / "without X, cannot V")
        if len(fr) > len(en) and len(fr) <= sum(n.reach for n in en):
            return  # "doesn't give you X or pay you Y": one English negation over coordinated verbs
        lost, added = _pair(fr, en)
        flagged = 0  # the lost negations flagged: one the English says otherwise leaves a folded word to read
        said_en, said_fr = said or _unsaid(
            _lexical(en_doc, "en", [*en, *en_doubles]), en_doc, _lexical(fr_doc, "fr", [*fr, *fr_doubles]), fr_doc
        )
        alone = len(fr) == 1 and not en  # one French negation, none in the English: a word that says it may stand anywhere
        for neg in lost:
            if _antonym(fr_doc, neg, en_doc):
                continue  # "ne refuse pas" / "accepts", "n'est pas rare" / "is common"
            if any(alone or abs(m.start() / max(1, len(translation)) - neg.position) <= _NEAR for m in _EN_FAR_FROM.finditer(translation)):
                continue  # "n'est pas du tout convaincu" / "is far from convinced"; "pas des plus simples" / "far from simple"
            if _not_yet(fr_doc, neg, translation):
                continue  # "ne ... pas encore" / "has yet to", "is still to": a negation said by the construction
            if _unless(fr_doc, neg, translation):
                continue  # "si ... ne ... pas" / "unless", "tant que ... ne ... pas" / "until"
            if _never_so(fr_doc, neg, translation):
                continue  # "n'ont jamais été aussi fortes" / "are stronger than ever", "at a record high"
            if _no_longer(neg, fr_doc, en_doc):
                continue  # "ne sera plus jouée après la fin du mois" / "ends its run at the end of the month": a stop
            if _why_not(fr_doc, neg, translation):
                continue  # "Pourquoi ne pas rouvrir la ligne ?" / "What about reopening the line?": a suggestion
            if _first_since(fr_doc, neg, translation):
                continue  # "aucune exposition n'avait été dédiée depuis 2021" / "the first show ... since 2021"
            if _bound_kept(fr_doc, neg, translation):
                continue  # "n'augmentera pas ses tarifs de plus de 3 %" / "will keep the increase to 3% or less"
            if _cannot_refrain(fr_doc, en_doc, neg):
                continue  # "personne n'a pu s'empêcher de sourire" / "everyone smiled": a double negation
            if _litotes(fr_doc, en_doc, neg):
                continue  # "n'est pas inutile" / "is useful": two negations, none in the English
            if _said_in_clause(fr_doc, neg, said_en, len(translation)):
                continue  # "ne juge pas que la hausse soit justifiée" / "considers the rise unjustified": moved into the clause
            elsewhere = [w for w in said_en if _renders_elsewhere(w, fr_doc, neg)]
            if _said_by([w for w in said_en if w not in elsewhere], len(translation), neg, said_en, alone=alone):
                continue  # said by an English word: "impossible", "homeless", "failed to"
            if _question(source, neg.start, fr_doc, translation):
                continue  # a negative question is rhetorical: "n'est-ce pas grave ?" -> "is it serious?"
            withs = _withs(translation)
            if neg.lexical and not any(abs(w - neg.position) <= _NEAR for w in withs) and _own_word(fr_doc, en_doc, neg):
                continue  # "sans" rendered by a word of its own ("smoothly", "frankly"); "with" where it stood is a reversal
            message = f"negation lost: '{neg.marker}' on '{neg.verb}' is not negated in the English"
            report.issues.append(Issue(IssueKind.NEGATION, "lost", message, neg.marker, "", (neg.start, neg.end), None))
            flagged += 1
        few = len(re.findall(r"\bpeu\b", source, re.IGNORECASE))
        for neg in added:
            if few and _LITOTES.match(translation, neg.end):
                few -= 1
                continue  # "peu de scènes" / "not many scenes", "peu probable" / "not very likely": one "peu" for one "not"
            if _said_by(said_fr, len(source), neg):
                continue  # said by a French word: "impossible", "refuser de", "sans"
            lack = _lack_moved(said_fr, en_doc, neg) if len(added) == 1 else None
            if lack is not None:
                said_fr.remove(lack)
                continue  # "..., faute de catalyseur" / "With no catalyst, ...": the lack said where the English moved it
            nouns = [w for w in said_fr if w[0].pos_ == "NOUN" and w[0].lower_.startswith("non-")]
            if len(added) == 1 and not fr and len(nouns) == 1:
                said_fr.remove(nouns[0])
                continue  # the one French "non-" noun, wherever the English "not" stands: "le non-recours" / "do not claim"
            if fr_doubles and neg.marker.lower() == "no" and _EN_NO_CHOICE_BUT.match(translation, neg.end):
                continue  # "on ne peut pas ne pas réagir" / "we have no choice but to respond": a must on both sides
            if _not_until(fr_doc, en_doc, neg):
                continue  # "ne sont arrivés qu'une heure après" / "did not get there until an hour after": only then
            if _continuity_said(fr_doc, en_doc, neg):
                continue  # "augmentent sans cesse" / "never stop rising": a continuation said by a stop negated
            if _opposite_negated(fr_doc, en_doc, neg):
                continue  # "a rejeté l'hypothèse" / "did not accept the hypothesis": the French word's opposite, negated
            if _badly_done(fr_doc, translation, neg):
                continue  # "une règle mal appliquée" / "a rule not properly enforced": the French "mal", a manner negated
            message = f"negation added: '{neg.marker}' on '{neg.verb}' is not in the French"
            report.issues.append(Issue(IssueKind.NEGATION, "added", message, "", neg.marker, None, (neg.start, neg.end)))
        if not flagged:  # "incapable de réparer ... non identifié" / "managing to repair ... unidentified": the "non" said
            self._folded_lost(fr_doc, en_doc, fr, en, translation, report)

    @staticmethod
    def _stopped(fr_doc: Any, en_doc: Any, report: CheckReport) -> None:
        """Flag an English verb of stopping that reverses a French "ne cesse de" (:func:`_keeps_stopped`), and an English
        "something other than" that reverses a French restriction (:func:`_restriction_reversed`)."""
        other = _restriction_reversed(fr_doc, en_doc.text)
        if other is not None:
            message = f"negation added: '{other.group(0)}' says 'not that' where the French says 'only that'"
            report.issues.append(Issue(IssueKind.NEGATION, "added", message, "", other.group(0), None, other.span()))
        t = _keeps_stopped(fr_doc, en_doc)
        if t is not None:
            message = f"negation added: '{t.text}' says a stop where the French says it keeps on ('ne cesse de', 'sans cesse')"
            report.issues.append(Issue(IssueKind.NEGATION, "added", message, "", t.text, None, (t.idx, t.idx + len(t.text))))

    @staticmethod
    def _folded_lost(fr_doc: Any, en_doc: Any, fr: list[Negation], en: list[Negation], translation: str, report: CheckReport) -> None:
        """Flag each French word holding a negation that the English drops (:func:`_folded_words`)."""
        for t in _folded_words(fr_doc, en_doc, fr, en):
            message = f"negation lost: '{t.text}' holds a negation the English does not say"
            report.issues.append(Issue(IssueKind.NEGATION, "lost", message, t.text, "", (t.idx, t.idx + len(t.text)), None))
