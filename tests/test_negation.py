"""The negation check: each side's negations read from the parse, paired, lost or added ones flagged with their verb."""

from __future__ import annotations

import random

import pytest

from summarizer import parsing
from summarizer.checks import IssueKind, check

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


def negations(fr: str, en: str) -> list[str]:
    """The codes of the negation issues."""
    return [i.code for i in check(fr, en, checks=("negation",)).of(IssueKind.NEGATION)]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le conseil n'a pas voté le budget.", "The council did not vote on the budget."),
        ("Elle ne viendra jamais à la réunion.", "She will never come to the meeting."),
        ("Il n'y a plus de places dans le train.", "There are no more seats on the train."),
        ("Personne n'a rien vu cette nuit-là.", "Nobody saw anything that night."),  # concord: one negation
        ("Aucun candidat n'a obtenu la majorité.", "No candidate won a majority."),
        ("Les élèves sont partis sans leurs livres.", "The pupils left without their books."),
        ("Il ne reste que trois jours avant le vote.", "Only three days remain before the vote."),  # ne ... que: only
        ("Il ne reste plus que deux candidats.", "Only two candidates remain."),  # ne ... plus que: only
        ("Non seulement il chante, mais il danse aussi.", "He not only sings, he also dances."),  # not only
        ("Elle viendra sans doute demain.", "She will no doubt come tomorrow."),
        ("Il y avait pas mal de monde au marché.", "There were quite a lot of people at the market."),
        ("Ce projet n'est pas sans risques.", "This project is not without risks."),  # double negation
        ("Il est impossible de conclure.", "It is impossible to conclude."),
        ("Le maire n'a pas pu venir.", "The mayor was unable to come."),  # said by a word
        ("Le patron ne vous paie pas et ne vous écoute pas.", "The boss doesn't pay you or listen to you."),  # one over two verbs
    ],
    ids=["pas", "jamais", "plus", "concord", "aucun", "sans", "ne-que", "ne-plus-que", "non-seulement", "sans-doute",
         "pas-mal", "double", "lexical-both", "unable", "coordinated"],
)  # fmt: skip
def test_kept_polarity_passes(fr: str, en: str) -> None:
    assert negations(fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en", "code"),
    [
        ("Le conseil n'a pas voté le budget.", "The council voted on the budget.", "lost"),
        ("Elle ne viendra jamais à la réunion.", "She will always come to the meeting.", "lost"),
        ("Personne n'a rien vu cette nuit-là.", "Somebody saw something that night.", "lost"),
        ("Les élèves sont partis sans leurs livres.", "The pupils left with their books.", "lost"),
        ("Le conseil a voté le budget.", "The council did not vote on the budget.", "added"),
        ("Elle viendra à la réunion.", "She will never come to the meeting.", "added"),
        ("Le ministre a trouvé une solution.", "The minister found no solution.", "added"),
    ],
    ids=["pas-removed", "jamais-to-always", "concord-removed", "sans-to-with", "not-added", "never-added", "no-added"],
)
def test_a_reversed_polarity_is_flagged(fr: str, en: str, code: str) -> None:
    assert negations(fr, en) == [code]


def test_the_flag_names_the_verb_and_points_at_the_marker() -> None:
    fr, en = "Le conseil n'a pas voté le budget.", "The council voted on the budget."
    issue = check(fr, en, checks=("negation",)).of(IssueKind.NEGATION)[0]
    assert "voté" in issue.message
    assert fr[slice(*issue.source_span)] == "n'"
    issue = check("Le conseil a voté le budget.", "The council never voted on the budget.", checks=("negation",)).issues[0]
    assert "voted" in issue.message and issue.translation == "never"


def test_one_clause_of_two_reversed() -> None:
    fr = "Le maire est venu, mais le préfet n'est pas venu."
    en = "The mayor came, and the prefect came too."
    assert negations(fr, en) == ["lost"]
    assert negations(fr, "The mayor came, but the prefect did not come.") == []


@pytest.mark.parametrize(("fr", "en"), [("", ""), ("Bonjour.", ""), ("non " * 1000, "no " * 1000)], ids=["empty", "no-english", "too-long"])
def test_bad_input_gives_no_flag_and_no_exception(fr: str, en: str) -> None:
    assert negations(fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en", "code"),
    [
        # a word holding a negation on both sides ("irresponsable" / "irresponsible") does not stand for a lost one
        ("Le maire, irresponsable, ne vote pas.", "The mayor, irresponsible, votes.", "lost"),
        ("La pluie ne cesse pas de tomber sur la ville.", "The rain does stop falling on the town.", "lost"),  # cesser / stop
        # one word says one negation
        ("Ce travail n'est pas vu et n'existe pas.", "This work goes unseen and exists.", "lost"),
        # "ne" alone with pouvoir, savoir, oser
        ("Le maire ne peut accepter ce budget.", "The mayor can accept this budget.", "lost"),
        ("Le livre n'aurait pu être écrit.", "The book could have been written.", "lost"),
        # a negative question is rhetorical only when its own verb is inverted
        ("Vous ne laisseriez pas vos clés au café, pourquoi les laissez-vous au bureau ?",
         "You would leave your keys at the café, so why do you leave them at the office?", "lost"),
        # "et non Y": a contrast, not a prefix
        ("C'est une panne, et non une attaque.", "It is a breakdown, it is an attack.", "lost"),
        # a negative subject after a comma opens the next clause
        ("Aucun train n'est parti, aucun bus n'est arrivé, aucun avion n'a décollé.",
         "No train left, some buses arrived, no plane took off.", "lost"),
        # a verb joined by "but" is not reached by the negation before it
        ("Elle ne quitte pas le club, car elle n'a pas perdu ses matchs mais a changé d'entraîneur.",
         "She leaves the club, because she has not lost her matches but has changed coach.", "lost"),
    ],
    ids=["lexical-pair-adjective", "lexical-pair-verb", "one-word-one-negation", "literary-ne", "literary-ne-compound",
         "question-other-clause", "et-non", "negative-subject-clause", "but-conjunct"],
)  # fmt: skip
def test_a_lost_negation_the_other_side_does_not_say(fr: str, en: str, code: str) -> None:
    assert negations(fr, en) == [code]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le maire, irresponsable, ne vote pas.", "The mayor, irresponsible, does not vote."),
        ("Ce travail n'est pas vu et n'existe pas.", "This work goes unseen and does not exist."),
        ("Le maire ne peut accepter ce budget.", "The mayor cannot accept this budget."),
        ("Il faut partir avant qu'il ne puisse revenir.", "We must leave before he can come back."),  # expletive, subjunctive
        ("La ville est plus grande qu'on ne peut le croire.", "The city is bigger than one can believe."),  # expletive, comparative
        ("Le bruit ne cesse de grandir.", "The noise keeps growing."),  # "ne cesse de": keeps on
        ("N'est-ce pas grave ?", "Is it serious?"),  # rhetorical
        ("C'est une panne, et non une attaque.", "It is a breakdown, not an attack."),
        ("Aucun train n'est parti, aucun bus n'est arrivé, aucun avion n'a décollé.", "No train left, no bus arrived, no plane took off."),
        ("Un orchestre ne peut jouer sans chef.", "Without a conductor, an orchestra cannot play."),  # one double
        ("N'oublions pas nos erreurs.", "Lest we forget our mistakes."),
    ],
    ids=["lexical-pair", "one-word", "literary-ne", "expletive-subjunctive", "expletive-comparative", "ne-cesse-de", "rhetorical",
         "et-non", "negative-subjects", "double-on-one-side", "lest"],
)  # fmt: skip
def test_the_same_polarity_said_otherwise_passes(fr: str, en: str) -> None:
    assert negations(fr, en) == []


def test_the_critical_generator_injects_and_removes_only_negations() -> None:
    """Not only, not just, or not, not to mention, no more, a "no" before a figure: no negation by the check's
    definition, so the generator neither adds nor removes them."""
    from evaluation.critical import Pair, _negation_cases

    def injected(en: str) -> list[tuple[str, str]]:
        pair = Pair(1, "", en, "doc/1")
        return [(c.form, c.en) for c in _negation_cases(pair, parsing.parse(en, "en"), random.Random(0))]

    for en in ("Ready or not, the festival opens on Friday.", "It is not just a school, it is a home.",
               "He lost his job, not to mention his house.", "They say no to the plan."):  # fmt: skip
        assert injected(en) == [], en
    assert injected("The council did not vote on the budget.") == [("not deleted", "The council did vote on the budget.")]
    for en in ("She is only a child.", "He has just left.", "They played a more important role.", "It was a 3-hour wait."):
        assert not any(" not only" in text or " not just" in text or "no more" in text or "no 3" in text for _, text in injected(en)), en


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le vote important a eu lieu.", "The important vote did not take place."),  # "im-portant" is no negation
        ("La défense a parlé hier.", "The defence never spoke yesterday."),  # "défense" (of a client), not a ban
    ],
    ids=["prefix-look-alike", "listed-noun-look-alike"],
)
def test_a_word_written_the_same_in_english_stands_for_no_negation(fr: str, en: str) -> None:
    assert negations(fr, en) == ["added"]


def test_a_non_folded_into_an_english_prefix_leaves_an_added_negation_seen() -> None:
    fr = "L'élève non inscrit recevra une aide."
    assert negations(fr, "The unregistered pupil will receive help.") == []  # "non inscrit" / "unregistered"
    assert negations(fr, "The unregistered pupil will not receive help.") == ["added"]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("N'aviez-vous pas dit que le maire viendrait ?", "Did you say the mayor would come?"),  # a question of fact
        ("Pourquoi le maire n'est-il pas venu au marché ?", "Why did the mayor come to the market?"),  # opened by a question word
        ("Les cousins arrivent lundi, n'est-ce pas ?", "The cousins arrive on Monday, do they?"),  # a tag rendered by a tag
    ],
    ids=["question-of-fact", "question-word", "tag-question"],
)
def test_a_negative_question_that_is_not_rhetorical_keeps_its_negation(fr: str, en: str) -> None:
    assert negations(fr, en) == ["lost"]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Ne faut-il pas repeindre le kiosque ?", "Must the kiosk be repainted?"),  # falloir: rhetorical
        ("Les cousins arrivent lundi, n'est-ce pas ?", "The cousins arrive on Monday, right?"),
    ],
    ids=["rhetorical-modal", "tag-dropped"],
)
def test_a_rhetorical_negative_question_asked_without_it_passes(fr: str, en: str) -> None:
    assert negations(fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("La chorale a tenu grâce au maire, mais surtout grâce aux choristes.",
         "The choir held on thanks to the mayor and, not least, to its singers."),
        ("La chorale a tenu grâce au maire, mais surtout grâce aux choristes.",
         "The choir held on thanks to the mayor, by no means least its singers."),
        ("La plupart du temps, le ferry part à l'heure.", "More often than not, the ferry leaves on time."),
        ("Le goût rappelle celui d'une vieille pomme.", "The taste is not unlike that of an old apple."),
        ("Le conseil a voté une zone piétonne.", "The council voted for a no-car zone."),
        ("Un faux pas pourrait coûter cher au maire.", "One slip could cost the mayor dearly."),
    ],
    ids=["not-least", "no-means-least", "than-not", "not-unlike", "no-fly", "faux-pas"],
)  # fmt: skip
def test_idioms_that_hold_no_negation_pass(fr: str, en: str) -> None:
    assert negations(fr, en) == []


def test_no_one_written_with_a_hyphen_is_a_negation() -> None:
    assert negations("Personne ne peut chanter ce soir.", "No-one can sing tonight.") == []
    assert negations("Personne ne peut chanter ce soir.", "Someone can sing tonight.") == ["lost"]


def test_the_generator_leaves_idioms_without_negation_alone() -> None:
    """The idioms "not least", "not unlike", "more often than not", "a no-fly zone" hold no negation by the check's definition."""
    from evaluation.critical import Pair, _negation_cases

    for en in ("The club thrived, not least thanks to its volunteers.", "The taste is not unlike an apple.",
               "More often than not, the bus is late.", "The council voted for a no-fly zone."):  # fmt: skip
        pair = Pair(1, "", en, "doc/1")
        assert _negation_cases(pair, parsing.parse(en, "en"), random.Random(0)) == [], en


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Il reste une difficulté, et non des moindres : le bruit.", "One difficulty remains, not least the noise."),
        ("Il reste une difficulté, et pas des moindres : le bruit.", "One difficulty remains, not least the noise."),
        ("Ce vin n'est pas différent du précédent.", "This wine is not unlike the previous one."),
        ("Il vaut mieux manger que ne pas manger.", "It is better to eat than not to eat."),
        ("Il n'y a aucune chance.", "There is no - or very little - chance."),
    ],
    ids=["non-des-moindres", "pas-des-moindres", "not-unlike-for-a-negation", "than-not", "spaced-dash"],
)
def test_idioms_meet_their_own_french_idioms(fr: str, en: str) -> None:
    assert negations(fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Il vaut mieux manger que ne pas manger.", "It is better to eat than to eat."),
        ("Il n'y a aucune chance.", "There is - or very little - chance."),
        ("N'est-il pas rentré hier soir ?", "Did he come home last night?"),  # être as an auxiliary: a fact
        ("Et alors, pourquoi n'est-elle pas partie ?", "And then why did she leave?"),  # a question word after "alors,"
    ],
    ids=["than-not-dropped", "spaced-dash-dropped", "auxiliary-etre", "question-word-inside"],
)
def test_a_negation_next_to_an_idiom_is_still_read(fr: str, en: str) -> None:
    assert negations(fr, en) == ["lost"]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("N'y a-t-il pas une autre sortie vers Cenon ?", "Is there another exit to Cenon?"),
        ("Ne peut-on pas repeindre le kiosque ?", "Can we repaint the kiosk?"),
        ("Ne doit-on pas fermer la piscine ?", "Should we close the pool?"),
        ("Quand même, n'est-il pas curieux que le pont soit fermé ?", "Still, is it curious that the bridge is closed?"),
    ],
    ids=["y-a-t-il", "pouvoir", "devoir", "quand-meme"],
)
def test_rhetorical_questions_of_each_verb_pass(fr: str, en: str) -> None:
    assert negations(fr, en) == []


def test_not_unlike_beside_another_negation_stands_for_a_likeness() -> None:
    fr, en = "Ce n'est pas cher, cela rappelle un vieux cidre.", "It is not dear, not unlike an old cider."
    assert negations(fr, en) == []
    assert negations("Ce vin n'est pas différent du précédent.", "This wine is like the previous one.") == ["lost"]


def test_by_no_means_reads_as_not() -> None:
    """ "By no means" reads as an emphatic "not", with the idioms of "not" (notably: "by no means least")."""
    assert negations("Le maire n'est pas d'accord.", "The mayor by no means agrees.") == []
    assert negations("Le maire est d'accord.", "The mayor by no means agrees.") == ["added"]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Elles ont fait un petit pas vers la trêve.", "They took a small step towards the truce."),
        ("Le village a franchi un grand pas vers l'école.", "The village took a big step towards the school."),
        ("Il reste à faire le dernier pas vers le sommet.", "The last step towards the summit remains to be taken."),
    ],
    ids=["petit-pas", "grand-pas", "dernier-pas"],
)
def test_a_step_after_an_adjective_is_no_negation(fr: str, en: str) -> None:
    assert negations(fr, en) == []


def test_cognates_are_words_spelt_alike() -> None:
    from summarizer.checks.text import cognate

    assert cognate("privé", "private") and cognate("défense", "defence") and cognate("galaxies", "galaxy")
    assert cognate("important", "important") and not cognate("bien", "bientôt") and not cognate("port", "portrait")


def test_a_sentence_with_no_word_a_french_negation_starts_from_is_not_parsed_for_negation() -> None:
    """ "plus", "point", "guère" are read only after a "ne": a sentence holding them without one needs no parse (with the
    gates off, every word a negation holds asks for one); "ne ... plus" still does, and its loss is flagged."""
    from summarizer.checks.negation import NegationCheck, may_negate

    plain = "Il y a plus de 300 bénévoles, au point de fermer plus tôt."
    assert not may_negate(plain, "fr") and not NegationCheck().applies(plain, "There are more than 300 volunteers.")
    with parsing.gates(False):
        assert may_negate(plain, "fr")
    assert may_negate("Rien, disent-ils.", "fr")  # an elliptical "rien" is read without "ne"
    issues = check("Le tramway ne roule plus après minuit.", "The tram runs after midnight.").issues
    assert [i.kind for i in issues] == [IssueKind.NEGATION]


def test_ne_aucunement_is_a_negation() -> None:
    """ "ne ... aucunement" (not at all) is a negation as "ne ... nullement": its loss is flagged, its rendering passes."""
    assert negations("Le préfet n'a aucunement cédé.", "The prefect gave way.") == ["lost"]
    assert negations("Le préfet n'a aucunement cédé.", "The prefect did not give way at all.") == []


def test_pas_moins_de_is_a_figure_comparator_not_a_negation() -> None:
    """ "pas moins de 40" is "no fewer than 40": a comparator (the figure check's business), as "no more than"."""
    assert negations("Pas moins de 60 granges ont brûlé à Varenne.", "No fewer than 60 barns burned in Varenne.") == []
    assert negations("Pas moins de 60 granges ont brûlé à Varenne.", "At least 60 barns burned in Varenne.") == []


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le syndicat ne refuse pas la proposition.", "The union accepts the proposal."),
        ("Il n'est pas rare de croiser des cerfs à Brémont.", "It is common to come across deer in Brémont."),
        ("Les riverains ne sont pas d'accord avec le maire.", "The residents disagree with the mayor."),
        ("Le directeur n'a guère parlé de la fusion.", "The director hardly spoke about the merger."),
        ("Le chantier ne reprendra pas avant juin.", "The work will resume after June."),
        ("Elle n'oublie pas ses promesses.", "She remembers her promises."),
    ],
    ids=["refuser-accept", "rare-common", "accord-disagree", "guere-hardly", "avant-after", "oublier-remember"],
)
def test_a_negation_said_by_an_english_antonym_passes(fr: str, en: str) -> None:
    assert negations(fr, en) == []


def test_an_antonym_does_not_hide_a_reversal() -> None:
    """The antonym list excuses only the antonym: the negation removed with the word kept is still flagged."""
    assert negations("Le syndicat ne refuse pas la proposition.", "The union refuses the proposal.") == ["lost"]
    assert negations("Les riverains ne sont pas d'accord avec le maire.", "The residents agree with the mayor.") == ["lost"]


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        # a negative statement takes a positive English tag: "n'est-ce pas" is then rendered, not lost
        ("Les bus ne roulent pas, n'est-ce pas ?", "The buses are not running, are they?", []),
        ("Les bus roulent, n'est-ce pas ?", "The buses are running, are they?", ["lost"]),
        # "not unlike" is a negation where the French negates an unlikeness, even beside another negation
        (
            "Le quai ne bouge pas ; le décor n'est pas différent de celui de 1990.",
            "The quay does not move; the set is not unlike that of 1990.",
            [],
        ),
        (
            "Le quai bouge ; le décor n'est pas différent de celui de 1990.",
            "The quay does not move; the set is not unlike that of 1990.",
            ["added"],
        ),
        # "et pas des moindres" is "not least"; "n'est pas des moindres" negates
        ("L'enjeu n'est pas des moindres.", "The stake is not a small one.", []),
        ("L'enjeu n'est pas des moindres.", "The stake is a small one.", ["lost"]),
        # "aucun doute", "nul doute" are "no doubt", no negation on either side
        ("Il ne fait aucun doute que la digue tiendra.", "There is no doubt that the dyke will hold.", []),
        ("Nul doute que la digue tiendra.", "No doubt the dyke will hold.", []),
        # "ce n'est pas seulement" is "it is not just"; "ce n'est pas que" still negates
        ("Ce n'est pas seulement une affaire de budget.", "It is not just a matter of budget.", []),
        ("Ce n'est pas qu'il pleuve, c'est qu'il gèle.", "It is that it rains, it is that it freezes.", ["lost"]),
        # after "sans que", "rien ne" is "anything": the "ne" is expletive, only "sans" negates
        ("Le tarif monte sans que rien ne l'annonce.", "The fare rises without anything announcing it.", []),
    ],
)
def test_tags_likeness_idioms_and_expletive_ne_after_sans_que(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        # a "plus" after a noun is a later phrase's comparative: the "ne" after "avant que" is expletive
        ("Le pont fut fermé avant qu'elle ne parte une heure plus tard.", "The bridge was closed before she left an hour later.", []),
        ("Il n'y a plus de pain au village.", "There is bread in the village.", ["lost"]),
        # "no" before a figure glued into a compound negates; "No 1" is a rank
        ("Aucun enfant de 10 ans ne devrait porter ce sac.", "No 10-year-old should carry this bag.", []),
        ("Le coureur est le numéro 1 du classement.", "The runner is the No 1 of the ranking.", []),
        # "peu" rendered by a litotes: "not" with a word of quantity or degree
        ("Le film n'offre que peu de scènes drôles.", "The film does not offer many funny scenes.", []),
        ("Le film offre des scènes drôles.", "The film does not offer many funny scenes.", ["added"]),
        # words holding a negation paired across sorts: "ignorer" rendered "unsure" leaves the lost "not" seen
        ("Sur la date, j'ignore tout mais ne l'exclus pas.", "On the date, I am unsure but would rule it out.", ["lost"]),
        # "ir-" stands before an "r" only: "irlandais" holds no negation to say an added one
        ("Le chanteur irlandais a chanté hier soir.", "The singer from Dublin did not sing last night.", ["added"]),
        # a prefixed word whose stem the French spells outside the negation's clause renders that word
        ("Le quai reste peu accessible ; les camions ne le traversent pas en hiver.",
         "The quay remains inaccessible; lorries cross it in winter.", ["lost"]),
        ("Le calendrier du chantier n'est pas clair.", "The schedule of the works is unclear.", []),
    ],
    ids=["plus-after-a-noun", "plus-in-the-verb-group", "no-before-a-compound-figure", "no-1", "peu-litotes", "litotes-added",
         "across-sorts", "assimilated-prefix", "stem-elsewhere", "stem-in-the-clause"],
)  # fmt: skip
def test_this_rounds_kinds(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes


def test_the_widened_generator_forms() -> None:
    """The forms written from English grammar, not from the check's lists; ``widened=False`` gives the earlier ones."""
    from evaluation.critical import Pair, _negation_cases

    def forms(fr: str, en: str, widened: bool = True) -> set[tuple[str, str]]:
        pair = Pair(1, fr, en, "doc/1")
        return {(c.form, c.en) for seed in range(8) for c in _negation_cases(pair, parsing.parse(en, "en"), random.Random(seed), widened)}

    assert forms("", "None of the bakers came to the fair.") == {("none to all", "All of the bakers came to the fair.")}
    assert ("neither nor to both and", "Both the mayor and his deputy spoke.") in forms("", "Neither the mayor nor his deputy spoke.")
    assert forms("", "The bridge is no longer open.") == {("no longer to still", "The bridge is still open.")}
    assert ("modal contraction to its modal", "The boat will sail.") in forms("", "The boat won't sail.")
    assert forms("Le maire n'a pas pu venir.", "The mayor was unable to come.") == {
        ("negative prefix dropped", "The mayor was able to come.")
    }
    assert forms("Le club n'a pas réussi à gagner.", "The club failed to win.") == {("fail to to manage to", "The club managed to win.")}
    assert not any(form.startswith("fail") for form, _ in forms("Le club a échoué.", "The club failed to win."))  # no French negation
    added = forms("", "Someone saw the fox with a torch.")
    assert {"negative pronoun or adverb", "without for with", "no longer before a verb"} <= {form for form, _ in added}
    assert ("n't after an auxiliary", "The baker can't bake bread.") in forms("", "The baker can bake bread.")
    assert {form for form, _ in forms("", "The baker can bake bread.", widened=False)} <= {
        "not after an auxiliary", "never before a verb", "no for an article"}  # fmt: skip


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        # a litotes: "ne ... pas" on an adjective with a negative prefix, said in English with neither
        ("Cette hausse n'est pas inévitable.", "This rise can be avoided.", []),
        ("Ce recours n'est pas inefficace.", "This appeal is effective.", []),
        ("Ce recours n'est pas illégal.", "This appeal is illegal.", ["lost"]),  # the prefix kept: the negation lost
        # a negation folded into a French word the English drops
        ("Les riverains ont été privés de chauffage tout l'hiver.", "Residents had heating all winter.", ["lost"]),
        ("Les riverains ont été privés de chauffage tout l'hiver.", "Residents were deprived of heating all winter.", []),
        ("Le stationnement est interdit devant la mairie.", "Parking is allowed outside the town hall.", ["lost"]),
        ("Le stationnement est interdit devant la mairie.", "Parking is banned outside the town hall.", []),
        ("Les deux clubs cherchent à éviter de payer une amende.", "The two clubs are trying to pay a fine.", ["lost"]),
        ("Il est impossible de circuler en ville.", "Getting around town is possible.", ["lost"]),
        ("Il est impossible de circuler en ville.", "One cannot get around town.", []),
        # a participle of a listed verb as a plain adjective holds no negation: "privé" is private
        ("Les fonds privés financeront le nouveau stade.", "Outside money will fund the new stadium.", []),
        ("Les villages restent privés d'électricité.", "The villages still have electricity.", ["lost"]),
        # a noun followed by an article, not a bare "de": a protection, a fault, no negation
        ("La défense des salariés reste sa priorité.", "Protecting employees remains her priority.", []),
    ],
)
def test_litotes_and_folded_negations(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes


def test_a_folded_word_negated_itself_is_no_loss() -> None:
    assert negations("Le chômage n'a cessé de baisser depuis mai.", "Unemployment has kept falling since May.") == []


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        ("La mairie n'a pas encore publié les horaires.", "The town hall has yet to publish the timetable.", []),
        ("Le pont n'est pas encore rouvert aux cyclistes.", "The bridge is still to reopen to cyclists.", []),
        ("La mairie n'a pas encore publié les horaires.", "The town hall has published the timetable.", ["lost"]),
    ],
    ids=["yet-to", "still-to", "pas-encore-removed"],
)
def test_pas_encore_said_by_yet_to(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes
