"""The declared order of the role and status rules (`extract/roles.py`, `extract/status.py`).

Within a stage, rules run in the order listed here; `extract/events.py` runs the stages. A name
listed in `ArticleContext.disabled_rules` is skipped, which is how `scripts/rule_effects.py`
measures what each rule is worth on an evaluation set.
"""

from __future__ import annotations

from . import roles, status
from .rules import Rule

RULES: tuple[Rule, ...] = (
    Rule("subject-event-owns-casualties", "subject", roles.subject_event_owns_casualties),
    Rule("accident-is-no-assault", "subject", roles.accident_is_no_assault),
    Rule("blast-at-a-crowd-site-is-bombing", "subject", roles.blast_at_a_crowd_site_is_bombing),
    Rule("contest-is-no-fight", "subject", roles.contest_is_no_fight),
    Rule("medical-arrest-is-none", "subject", roles.medical_arrest_is_none),
    Rule("crowd-control-is-no-chemical-attack", "subject", roles.crowd_control_is_no_chemical_attack),
    Rule("executed-task-is-no-killing", "subject", roles.executed_task_is_no_killing),
    Rule("responders-sent-is-no-request", "subject", roles.responders_sent_is_no_request),
    Rule("rush-is-no-charge", "subject", roles.rush_is_no_charge),
    Rule("charged-position-is-an-assault", "subject", roles.charged_position_is_an_assault),
    Rule("object-word-of-another-trigger", "subject", roles.object_word_of_another_trigger),
    Rule("blame-needs-an-accuser", "actor", roles.blame_needs_an_accuser),
    Rule("thing-coerces-nobody", "actor", roles.thing_coerces_nobody),
    Rule("case-violence-is-not-the-arresters", "actor", roles.case_violence_is_not_the_arresters),
    Rule("arrested-for-their-act", "actor", roles.arrested_for_their_act),
    Rule("passive-accusation-needs-an-accuser", "actor", roles.passive_accusation_needs_an_accuser),
    Rule("talks-counterpart", "roles", roles.talks_counterpart),
    Rule("victims-of-subject-event", "roles", roles.victims_of_subject_event),
    Rule("joint-sides", "roles", roles.joint_sides),
    Rule("mediation-between", "roles", roles.mediation_between),
    Rule("routine-police-inquiry", "roles", roles.routine_police_inquiry),
    Rule("taking-a-named-place", "roles", roles.taking_a_named_place),
    Rule("police-raid-is-a-search", "roles", roles.police_raid_is_a_search),
    Rule("seized-people", "roles", roles.seized_people),
    Rule("state-protest-is-complaint", "roles", roles.state_protest_is_complaint),
    Rule("object-owner-target", "roles", roles.object_owner_target),
    Rule("goods-origin", "roles", roles.goods_origin),
    Rule("expelled-diplomats-state", "roles", roles.expelled_diplomats_state),
    Rule("recalled-envoy", "roles", roles.recalled_envoy),
    Rule("retreating-troops", "roles", roles.retreating_troops),
    Rule("moved-to-a-destination", "roles", roles.moved_to_a_destination),
    Rule("retreat-origin", "roles", roles.retreat_origin),
    Rule("withdrawn-forces-owner", "roles", roles.withdrawn_forces_owner),
    Rule("absorbed-inner-event", "roles", roles.absorbed_inner_event),
    Rule("misparsed-speech-coordination", "speech", roles.misparsed_speech_coordination),
    Rule("obligation-is-request", "status", status.obligation_is_request),
    Rule("readiness-is-mobilization", "status", status.readiness_is_mobilization),
    Rule("future-force-is-threat", "status", status.future_force_is_threat),
    Rule("intent-is-agree", "status", status.intent_is_agree),
    Rule("conditional-harm-is-threat", "status", status.conditional_harm_is_threat),
    Rule("speech-act-made-now", "status", status.speech_act_made_now),
    Rule("attempted-act-dropped", "status", status.attempted_act_dropped),
    Rule("capability-is-no-act", "status", status.capability_is_no_act),
    Rule("speculation-dropped", "status", status.speculation_dropped),
    Rule("refusal-is-reject", "status", status.refusal_is_reject),
    Rule("negated", "status", status.negated),
    Rule("denied", "status", status.denied),
    Rule("conditional", "status", status.conditional),
    Rule("planned", "status", status.planned),
    Rule("claimed-by-own-side", "claim", status.claimed_by_own_side),
    Rule("struck-city-is-place", "place", roles.struck_city_is_place),
    Rule("retreat-origin-is-place", "place", roles.retreat_origin_is_place),
    Rule("crowd-is-civilians", "parties", roles.crowd_is_civilians),
    Rule("protest-aims-at-local-government", "parties", roles.protest_aims_at_local_government),
    Rule("coerce-falls-on-actors-people", "parties", roles.coerce_falls_on_actors_people),
    Rule("passive-arrest-by-reporting-police", "parties", roles.passive_arrest_by_reporting_police),
    Rule("building-hosts-nobody", "parties", roles.building_hosts_nobody),
    Rule("visit-host", "parties", roles.visit_host),
    Rule("one-side-is-not-the-other", "parties", roles.one_side_is_not_the_other),
    Rule("meeting-needs-two-sides", "parties", roles.meeting_needs_two_sides),
    Rule("implied-authorities", "parties", roles.implied_authorities),
    Rule("reporter-is-not-target", "parties", roles.reporter_is_not_target),
    Rule("localise", "parties", roles.localise),
)
RULE_NAMES = frozenset(rule.name for rule in RULES)
