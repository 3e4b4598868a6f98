"""The negation check, kinds of the thirteenth round: a negation moved to an opinion verb's clause, "ni ... ni" over a
coordination, antonyms of a negated word, "pourquoi ne pas", folded negations whose English states the opposite, "rien que".

Every example is the team's own, in news style; each kind holds faithful pairs (no flag) and the error the check must still
catch (the French negation removed, or an English one injected).
"""

from __future__ import annotations

import pytest

from summarizer import parsing
from summarizer.checks import IssueKind, check

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


def negations(fr: str, en: str) -> list[str]:
    """The codes of the negation issues."""
    return [i.code for i in check(fr, en, checks=("negation",)).of(IssueKind.NEGATION)]


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        # "ne V pas que P" is "V that not-P": one negation on each side, in another clause
        ("Les syndicats ne pensent pas que la grève durera.", "The unions think the strike will not last.", []),
        ("Le maire ne croit pas que le projet aboutisse.", "The mayor believes the project will not succeed.", []),
        ("Il ne semble pas que l'accord soit menacé.", "The deal appears not to be at risk.", []),
        ("Le juge ne considère pas que la preuve soit suffisante.", "The judge does not consider the evidence sufficient.", []),
        ("Les analystes ne s'attendent pas à ce que les taux baissent.", "Analysts expect rates not to fall.", []),
        # the negation removed, or added where the French has none, is still seen
        ("Les syndicats ne pensent pas que la grève durera.", "The unions think the strike will last.", ["lost"]),
        ("Le maire ne croit pas que le projet aboutisse.", "The mayor believes the project will succeed.", ["lost"]),
        ("Les syndicats pensent que la grève durera.", "The unions think the strike will not last.", ["added"]),
        # "ne V pas que" + a noun phrase is still "not only" after a verb of another sort
        ("Il ne mange pas que des légumes.", "He eats not only vegetables.", []),
    ],
    ids=["penser", "croire", "sembler", "considerer", "s-attendre", "penser-removed", "croire-removed", "penser-added",
         "not-only"],
)  # fmt: skip
def test_a_negation_moved_to_an_opinion_verbs_clause(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        ("Le village n'a ni école ni médecin.", "The village has no school and no doctor.", []),
        ("Le village n'a ni école ni médecin.", "The village has neither a school nor a doctor.", []),
        ("Il a conduit sans permis ni assurance.", "He drove without a licence and without insurance.", []),
        ("Il a conduit sans permis ni assurance.", "He drove without a licence or insurance.", []),
        ("La commune n'a pas de gare et pas de poste.", "The town has no station and no post office.", []),
        # the negation removed, or one repeated where the French has none
        ("Il a conduit sans permis ni assurance.", "He drove with a licence and insurance.", ["lost"]),
        ("Le village n'a ni école ni médecin.", "The village has a school and a doctor.", ["lost"]),
        ("Le village a une école et un médecin.", "The village has no school and no doctor.", ["added", "added"]),
    ],
    ids=["no-and-no", "neither-nor", "without-and-without", "without-or", "pas-et-pas", "sans-ni-removed", "ni-ni-removed",
         "no-and-no-added"],
)  # fmt: skip
def test_ni_ni_over_a_coordination_is_one_negation(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        ("Pourquoi ne pas fermer le pont la nuit ?", "How about closing the bridge at night?", []),
        ("Pourquoi ne pas taxer les jets privés, propose le député.", "The MP suggests taxing private jets.", []),
        ("Pourquoi pas une piscine au centre-ville ?", "What about a swimming pool in the town centre?", []),
        ("Pourquoi ne pas rouvrir la halle ?", "Why not reopen the market hall?", []),
        ("Pourquoi ne pas rouvrir la halle ?", "Should the market hall not be reopened?", []),
        # a bare "why" asks for a reason to do it: the suggestion reversed
        ("Pourquoi ne pas fermer le pont la nuit ?", "Why close the bridge at night?", ["lost"]),
        ("Pourquoi pas une piscine au centre-ville ?", "Why a swimming pool in the town centre?", ["lost"]),
        # a question about the negation is no suggestion
        ("Pourquoi n'a-t-il pas fermé le pont ?", "Why did he close the bridge?", ["lost"]),
    ],
    ids=["how-about", "suggests", "what-about", "why-not", "should-not", "why-removed", "why-noun-removed", "question"],
)  # fmt: skip
def test_pourquoi_ne_pas_is_a_suggestion(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        # litotes by the positive antonym
        ("Le premier trimestre n'a pas été mauvais pour l'usine.", "The first quarter was a good one for the factory.", []),
        ("Le premier trimestre n'a pas été mauvais pour l'usine.", "The first quarter was bad for the factory.", ["lost"]),
        ("Le coût des travaux n'est pas négligeable pour la commune.", "The cost of the works is substantial for the town.", []),
        ("Le coût des travaux n'est pas négligeable pour la commune.", "The cost of the works is negligible for the town.", ["lost"]),
        ("La hausse n'est pas anodine pour les ménages.", "The rise is significant for households.", []),
        ("La hausse n'est pas anodine pour les ménages.", "The rise is trivial for households.", ["lost"]),
        ("La cheffe n'est pas une inconnue des gourmets lyonnais.", "The chef is well known to Lyon's gourmets.", []),
        ("La cheffe n'est pas une inconnue des gourmets lyonnais.", "The chef is a stranger to Lyon's gourmets.", ["lost"]),
        ("L'équipe ne manque pas de talent.", "The team has plenty of talent.", []),
        ("L'équipe ne manque pas de talent.", "The team has no shortage of talent.", []),
        # a rule or a word kept, by its breach
        ("L'éleveur n'a pas respecté les normes sanitaires.", "The farmer violated health standards.", []),
        ("L'éleveur n'a pas respecté les normes sanitaires.", "The farmer respected health standards.", ["lost"]),
        ("Le maire n'a pas tenu sa parole.", "The mayor broke his word.", []),
        ("Le maire n'a pas tenu sa parole.", "The mayor kept his word.", ["lost"]),
        # agreeing by refusal, disputing by acceptance
        ("Le conseil n'a pas accepté l'offre du promoteur.", "The council turned down the developer's offer.", []),
        ("Le conseil n'a pas accepté l'offre du promoteur.", "The council accepted the developer's offer.", ["lost"]),
        ("Les sénateurs n'ont pas approuvé le traité.", "Senators rejected the treaty.", []),
        ("Les sénateurs n'ont pas approuvé le traité.", "Senators approved the treaty.", ["lost"]),
        ("Le témoin n'a pas voulu parler aux journalistes.", "The witness declined to speak to reporters.", []),
        ("Le témoin n'a pas voulu parler aux journalistes.", "The witness wanted to speak to reporters.", ["lost"]),
        ("Nul ne conteste l'intérêt du projet.", "Everyone acknowledges the project's value.", []),
        ("Nul ne conteste l'intérêt du projet.", "Everyone disputes the project's value.", ["lost"]),
        ("Les pêcheurs ne sont pas du tout d'accord avec le quota.", "Fishermen are firmly opposed to the quota.", []),
        ("Les pêcheurs ne sont pas du tout d'accord avec le quota.", "Fishermen fully agree with the quota.", ["lost"]),
        # a time or a state by its opposite, a return by the end of a career
        ("Le vol n'est pas parti à l'heure.", "The flight left late.", []),
        ("Le vol n'est pas parti à l'heure.", "The flight left on time.", ["lost"]),
        ("La piscine n'est pas encore ouverte aux nageurs.", "The pool is still closed to swimmers.", []),
        ("La piscine n'est pas encore ouverte aux nageurs.", "The pool is already open to swimmers.", ["lost"]),
        ("Le boxeur ne remontera plus sur le ring.", "The boxer has retired from the ring.", []),
        ("Le boxeur ne remontera plus sur le ring.", "The boxer will climb back into the ring.", ["lost"]),
        ("L'ancien ministre ne reviendra plus en politique.", "The former minister has quit politics for good.", []),
        ("L'ancien ministre ne reviendra plus en politique.", "The former minister will return to politics.", ["lost"]),
        # "ne ... guère" by a downward quantifier
        ("Les habitants ne se sont guère déplacés pour voter.", "Few residents turned out to vote.", []),
        ("Les habitants ne se sont guère déplacés pour voter.", "Many residents turned out to vote.", ["lost"]),
    ],
)  # fmt: skip
def test_a_negated_word_said_by_its_english_antonym(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        ("L'arbitre n'est pas du tout convaincu par la vidéo.", "The referee is far from convinced by the video.", []),
        ("Le dossier n'est pas simple du tout.", "The case is anything but simple.", []),
        ("L'arbitre n'est pas du tout convaincu par la vidéo.", "The referee is convinced by the video.", ["lost"]),
        ("Le dossier n'est pas simple du tout.", "The case is simple.", ["lost"]),
    ],
    ids=["far-from", "anything-but", "far-from-removed", "anything-but-removed"],
)
def test_far_from_and_anything_but_hold_a_negation(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        # denial
        ("Le maire nie tout conflit d'intérêts.", "The mayor denies any conflict of interest.", []),
        ("Le maire nie tout conflit d'intérêts.", "The mayor admits a conflict of interest.", ["lost"]),
        ("La ministre a démenti tout projet de fusion.", "The minister denied any merger plan.", []),
        ("La ministre a démenti tout projet de fusion.", "The minister confirmed a merger plan.", ["lost"]),
        # refusal, and its opposite negated
        ("La cour a rejeté l'appel du club.", "The court dismissed the club's appeal.", []),
        ("La cour a rejeté l'appel du club.", "The court did not accept the club's appeal.", []),
        ("La cour a rejeté l'appel du club.", "The court upheld the club's appeal.", ["lost"]),
        ("La cour a accepté l'appel du club.", "The court did not accept the club's appeal.", ["added"]),
        # abstention
        ("Le député s'est abstenu lors du vote.", "The MP abstained in the vote.", []),
        ("Le député s'est abstenu lors du vote.", "The MP voted.", ["lost"]),
        # prevention
        ("La neige a empêché les camions de passer le col.", "Snow stopped lorries from crossing the pass.", []),
        ("La neige a empêché les camions de passer le col.", "Snow let lorries cross the pass.", ["lost"]),
        # omission
        ("Le candidat a omis de déclarer son patrimoine.", "The candidate failed to declare his assets.", []),
        ("Le candidat a omis de déclarer son patrimoine.", "The candidate declared his assets.", ["lost"]),
        # renunciation
        ("La mairie a renoncé au projet de parking.", "The town hall has dropped the car park plan.", []),
        ("La mairie a renoncé au projet de parking.", "The town hall has gone ahead with the car park plan.", ["lost"]),
        # exclusion
        ("La banque exclut toute baisse des taux.", "The bank rules out any cut in rates.", []),
        ("La banque exclut toute baisse des taux.", "The bank expects a cut in rates.", ["lost"]),
        # ignorance
        ("Le préfet ignorait la présence des migrants.", "The prefect was unaware of the migrants' presence.", []),
        ("Le préfet ignorait la présence des migrants.", "The prefect knew about the migrants' presence.", ["lost"]),
        # deprivation rendered by a loss
        ("Des milliers de foyers ont été privés de courant.", "Thousands of homes lost power.", []),
        ("Des milliers de foyers ont été privés de courant.", "Thousands of homes had power.", ["lost"]),
        # a verb of the table negated itself, or a participle qualifying a noun (emitted gases), holds no loss
        ("Le juge n'a pas rejeté la demande.", "The judge did not reject the request.", []),
        ("Les gaz rejetés par l'usine inquiètent les riverains.", "The gases released by the factory worry residents.", []),
    ],
)  # fmt: skip
def test_a_verb_holding_a_negation_by_its_sense(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        ("Un accord avant l'été semble improbable.", "A deal before the summer seems unlikely.", []),
        ("Un accord avant l'été semble improbable.", "A deal before the summer does not seem likely.", []),
        ("Un accord avant l'été semble improbable.", "A deal before the summer seems likely.", ["lost"]),
        ("Ce tracé est incompatible avec la zone protégée.", "This route is at odds with the protected area.", []),
        ("Ce tracé est incompatible avec la zone protégée.", "This route is compatible with the protected area.", ["lost"]),
        ("Le nouveau radar est inutile, selon les riverains.", "The new speed camera is pointless, say residents.", []),
        ("Le nouveau radar est inutile, selon les riverains.", "The new speed camera is useful, say residents.", ["lost"]),
        ("La vente de ces pétards est illégale en France.", "Selling these fireworks is unlawful in France.", []),
        ("La vente de ces pétards est illégale en France.", "Selling these fireworks is legal in France.", ["lost"]),
        # any adjective with a negative prefix, rendered by its stem spelt bare
        ("Le décret reste inapplicable faute de moyens.", "The decree remains unworkable for lack of resources.", []),
        ("Le règlement est inapplicable aux petits commerces.", "The rule is applicable to small shops.", ["lost"]),
        ("Le calendrier paraît irréaliste aux élus.", "The timetable seems unrealistic to councillors.", []),
        ("Le calendrier paraît irréaliste aux élus.", "The timetable seems realistic to councillors.", ["lost"]),
    ],
)  # fmt: skip
def test_an_adjective_with_a_negative_prefix_said_by_its_opposite(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        # "rien que" is "only", "alone": no negation
        ("Rien qu'à Lyon, 300 commerces ont fermé.", "In Lyon alone, 300 shops closed.", []),
        ("Rien que cette année, la ville a planté 500 arbres.", "This year alone, the city has planted 500 trees.", []),
        ("Rien qu'en mars, les ventes ont doublé.", "In March alone, sales doubled.", []),
        # a negation beside it is still read; "rien ne" still negates
        ("Rien qu'en mars, aucun train n'a circulé.", "In March alone, trains ran.", ["lost"]),
        ("Rien n'a changé depuis la crue.", "Everything has changed since the flood.", ["lost"]),
        ("Rien que cette année, la ville a planté 500 arbres.", "This year alone, the city has planted no trees.", ["added"]),
    ],
    ids=["rien-qu-a", "rien-que", "rien-qu-en", "aucun-beside", "rien-ne", "added-beside"],
)
def test_rien_que_is_only(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        # a noun with its article is no verb form ("les niais": simpletons, not "nier")
        ("Avant, les niais aimaient une chose, les sages une autre.", "Before, the foolish liked one thing, the wise another.", []),
        # an imperative is an instruction the English often rewords; the indicative is read
        ("Bon, ignorons ça pour le moment.", "Well, let us assume it will work.", []),
        ("Nous ignorons la date du vote.", "We do not know the date of the vote.", []),
        ("Nous ignorons la date du vote.", "We know the date of the vote.", ["lost"]),
        # "exclu de" rendered "out of"; an illegal act rendered "wrongfully"
        ("L'élève a été exclu du lycée pour une semaine.", "The pupil was thrown out of school for a week.", []),
        ("L'élève a été exclu du lycée pour une semaine.", "The pupil was welcomed back to school for a week.", ["lost"]),
        ("Il est accusé de la diffusion illégale de données.", "He is accused of wrongfully spreading data.", []),
        ("Il est accusé de la diffusion illégale de données.", "He is accused of the legal spreading of data.", ["lost"]),
    ],
    ids=["noun-with-article", "imperative", "indicative", "indicative-removed", "out-of", "out-of-removed", "wrongfully",
         "legal"],
)  # fmt: skip
def test_what_a_folded_word_of_sense_is_not(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        # deprivation and prohibition by an adjective or a participle
        ("Le village est dépourvu de médecin depuis mars.", "The village has been without a doctor since March.", []),
        ("Le gymnase, dépourvu de chauffage, reste fermé.", "The gym, which lacks heating, remains closed.", []),
        ("Le village est dépourvu de médecin depuis mars.", "The village has had a doctor since March.", ["lost"]),
        ("Le gymnase, dépourvu de chauffage, reste fermé.", "The gym, which has heating, remains closed.", ["lost"]),
        ("Le village est doté d'un médecin depuis mars.", "The village has been without a doctor since March.", ["added"]),
        ("La chasse est prohibée dans le parc.", "Hunting is banned in the park.", []),
        ("La chasse est prohibée dans le parc.", "Hunting is not permitted in the park.", []),
        ("La chasse est prohibée dans le parc.", "Hunting is allowed in the park.", ["lost"]),
    ],
)  # fmt: skip
def test_deprivation_and_prohibition(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes


@pytest.mark.parametrize(
    ("fr", "en", "codes"),
    [
        # an English "stop" that renders a French "(s')arrêter" says no negation folded into another French word
        ("Le camion a omis de s'arrêter au passage à niveau.", "The lorry stopped at the level crossing.", ["lost"]),
        ("Le maire a omis d'arrêter les travaux.", "The mayor stopped the works.", ["lost"]),
        ("Le camion a omis de s'arrêter au passage à niveau.", "The lorry failed to stop at the level crossing.", []),
        ("Le maire a omis d'arrêter les travaux.", "The mayor neglected to stop the works.", []),
        ("Le bus s'est arrêté devant la mairie.", "The bus stopped outside the town hall.", []),
    ],
    ids=["omis-stopped", "omis-d-arreter", "failed-to-stop", "neglected-to-stop", "plain-stop"],
)
def test_stop_rendering_arreter_says_no_folded_negation(fr: str, en: str, codes: list[str]) -> None:
    assert negations(fr, en) == codes
