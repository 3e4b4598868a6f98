"""Two kinds of faithful figure pairs (issue 19): a name's number spelled in the English name, and a news
broadcast named by its hour. Examples written by the team; each kind has its errors that must still be caught."""

import pytest

from summarizer.checks.figures import check_pair


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Les ministres des Finances du G7 se retrouvent à Naples.", "Group of Seven finance ministers are meeting in Naples."),
        ("Le sommet du G20 s'ouvre mardi à Rio.", "The Group of Twenty summit opens in Rio on Tuesday."),
        ("L'écurie a dominé la saison de Formule 1.", "The team dominated the Formula One season."),
        ("Les Vingt-Sept se sont accordés sur le G8 élargi.", "The Twenty-Seven agreed on the enlarged Group of Eight."),
    ],
)
def test_a_names_number_spelled_in_the_english_name_is_kept(fr: str, en: str) -> None:
    assert check_pair(fr, en).ok, check_pair(fr, en).describe()


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Les ministres des Finances du G7 se retrouvent à Naples.", "Group of Eight finance ministers are meeting in Naples."),
        ("Le sommet du G20 s'ouvre mardi à Rio.", "The Group of Seven summit opens in Rio on Tuesday."),
        # a number word that opens the sentence is a count, not the number of a name
        ("Les ministres du G7 se retrouvent à Naples.", "Seven ministers are meeting in Naples."),
    ],
)
def test_another_number_or_a_count_is_no_name(fr: str, en: str) -> None:
    assert not check_pair(fr, en).ok


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("La ministre sera l'invitée du 20 heures de TF1 dimanche.", "The minister will be the guest on TF1's evening news on Sunday."),
        ("Il a annoncé sa candidature au journal de 13 heures.", "He announced his candidacy on the lunchtime news."),
        ("Le reportage est passé dans le 19 heures de la chaîne régionale.", "The report aired on the regional channel's early evening bulletin."),
        ("Le Premier ministre a choisi le JT de 20 heures pour s'exprimer.", "The prime minister chose the 8pm news to speak."),
    ],
)
def test_a_broadcast_named_by_its_hour_is_kept_by_its_name(fr: str, en: str) -> None:
    assert check_pair(fr, en).ok, check_pair(fr, en).describe()


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        # a time of day takes "à": it is a time, whatever the English talks about
        ("Le président s'exprimera à 20 heures, en direct.", "The president will speak live on the evening news."),
        # a broadcast, but the English names none
        ("La ministre sera l'invitée du 20 heures dimanche.", "The minister will be a guest on Sunday."),
    ],
)
def test_a_time_of_day_or_a_broadcast_left_unnamed_is_still_missing(fr: str, en: str) -> None:
    assert not check_pair(fr, en).ok
