#pragma once
// The one list of JSON keys for each part of a session note, walked by session_json.cpp's writer
// and reader alike (common/json_field_io.h). Internal to session_json.cpp. `Self` is const for
// the writer.

#include <type_traits>

#include "sessions/session_choices.h"
#include "sessions/soap_note.h"

namespace knotwork::sessions {

template <typename Io, typename Self>
void subjectiveFields(Io& io, Self& s)
{
    io("diary_days", s.diaryDays);
    io("headache_days", s.headacheDays);
    io("average_intensity", s.averageIntensity);
    io("worst_intensity", s.worstIntensity);
    io("usual_duration_hours", s.usualDurationHours);
    io("medication_days", s.medicationDays);
    io("medications_taken", s.medicationsTaken);
    io("triggers", s.triggers);
    io("response_to_last_treatment", s.responseToLastTreatment);
    io("relief_days", s.reliefDays);
    io("sleep_hours", s.sleepHours);
    io("hydration", s.hydration);
    io("caffeine_servings", s.caffeineServings);
    io.list("home_care_adherence", "subjective.home_care_adherence", s.homeCareAdherence,
            [](auto& element, auto& answer) {
                element("item", answer.item);
                element("done", answer.done);
            });
    io("adherence_notes", s.adherenceNotes);
    io("stress", s.stress);
    io("rescreen", s.rescreen);
    io("goal_today", s.goalToday);
    io("notes", s.notes);
}

// Every direction is written (null when not measured); reading keeps the measured ones.
template <typename Io, typename Self>
void romFields(Io& io, Self& rom)
{
    for (const auto& choice : choices<RomDirection>()) {
        const std::string key(choice.key);
        const auto found = rom.find(choice.value);
        RomMeasure measure = found == rom.end() ? RomMeasure{} : found->second;
        io.object(key.c_str(), "objective.rom." + key + ".", [&measure](auto& m) {
            m("before", measure.before);
            m("after", measure.after);
        });
        if constexpr (!std::is_const_v<Self>) {
            if (measure != RomMeasure{})
                rom[choice.value] = measure;
        }
    }
}

template <typename Io, typename Self>
void palpationFields(Io& io, Self& finding)
{
    io("muscle", finding.site.muscle);
    io("side", finding.site.side);
    io("tenderness", finding.tenderness);
    io("hypertonic", finding.hypertonic);
    io("trigger_point", finding.triggerPoint);
    io("reproduces_headache", finding.reproducesHeadache);
}

template <typename Io, typename Self>
void objectiveFields(Io& io, Self& o)
{
    io("posture", o.posture);
    io("posture_notes", o.postureNotes);
    io.object("rom", "objective.rom.", [&o](auto& rom) { romFields(rom, o.rom); });
    io("rom_instrument", o.romInstrument);
    io("cfrt_left", o.cfrtLeft);
    io("cfrt_right", o.cfrtRight);
    io("cfrt_cutoff", o.cfrtCutoff);
    io.list("palpation", "objective.palpation", o.palpation,
            [](auto& element, auto& finding) { palpationFields(element, finding); });
    io("notes", o.notes);
}

template <typename Io, typename Self>
void assessmentFields(Io& io, Self& a)
{
    io("pain_before", a.painBefore);
    io("pain_after", a.painAfter);
    io("tolerance", a.tolerance);
    io("notes", a.notes);
}

template <typename Io, typename Self>
void planFields(Io& io, Self& p)
{
    io("techniques", p.techniques);
    io("regions", p.regions);
    io("muscles_treated", p.musclesTreated);
    io("pressure", p.pressure);
    io("duration_minutes", p.durationMinutes);
    io("home_care", p.homeCare);
    io("home_care_notes", p.homeCareNotes);
    io("next_visit_in_weeks", p.nextVisitInWeeks);
    io("referral_made", p.referralMade);
    io("referred_to", p.referredTo);
    io("referred_to_name", p.referredToName);
    io("referral_methods", p.referralMethods);
    io("referral_notes", p.referralNotes);
    io("notes", p.notes);
}

// The clinical content of a note: how long the visit lasted, its four sections and what is
// still carried forward.
template <typename Io, typename Self>
void bodyFields(Io& io, Self& note)
{
    io("visit_minutes", note.visitMinutes);
    io.object("subjective", "subjective.", [&note](auto& s) { subjectiveFields(s, note.subjective); });
    io.object("objective", "objective.", [&note](auto& o) { objectiveFields(o, note.objective); });
    io.object("assessment", "assessment.", [&note](auto& a) { assessmentFields(a, note.assessment); });
    io.object("plan", "plan.", [&note](auto& p) { planFields(p, note.plan); });
    io("carried_forward", note.carriedForward);
    io("carried_from_note_id", note.carriedFromNoteId);
}

// What a person may write of a note: the visit and the clinical content.
template <typename Io, typename Self>
void noteInputFields(Io& io, Self& note)
{
    io("client_id", note.clientId);
    io("visit_date", note.visitDate);
    io("visit_time", note.visitTime);
    io("kind", note.kind);
    bodyFields(io, note);
}

} // namespace knotwork::sessions
