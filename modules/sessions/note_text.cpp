#include "sessions/note_text.h"

#include <fmt/format.h>

#include "common/i18n.h"
#include "sessions/note_rules.h"
#include "sessions/palpation_text.h"
#include "sessions/session_choices.h"
#include "common/number_text.h"

namespace knotwork::sessions {

namespace {

std::string signedNumber(int number)
{
    if (number == 0)
        return "\u00b10";
    // Appended, not "+" + text: GCC 12's Release build warns wrongly about that form.
    std::string text = number > 0 ? "+" : "\u2212";
    text += std::to_string(number > 0 ? number : -number);
    return text;
}

std::string changeText(const Change& change, const char* unit)
{
    return formatMessage(_("{0}{2} \u2192 {1}{2} ({3}{2})"), change.before, change.after, unit,
                         signedNumber(change.delta()));
}

class SectionWriter {
public:
    SectionWriter(const SoapNote& note, std::string key, std::string title)
        : m_note(note), m_section{std::move(key), std::move(title), {}}
    {
    }

    // A line whose carried-forward mark is its own key.
    void line(const std::string& key, const std::string& label, const std::string& value)
    {
        line(key, label, value, key);
    }
    void line(const std::string& key, const std::string& label, const std::string& value,
              const std::string& carriedKey)
    {
        if (!value.empty())
            m_section.lines.push_back(
                {key, label, value, m_note.carriedForward.contains(carriedKey)});
    }

    NoteSection take() { return std::move(m_section); }

private:
    const SoapNote& m_note;
    NoteSection m_section;
};

// "3 of 14 days", or "3 days" while the diary's period is not given.
std::string ofPeriod(const std::optional<int>& days, const std::optional<int>& period)
{
    if (!days)
        return {};
    if (!period)
        return formatMessage(P_("{} day", "{} days", *days), *days);
    return formatMessage(P_("{} of {} day", "{} of {} days", *period), *days, *period);
}

std::string outOfTen(const std::optional<int>& score)
{
    return score ? formatMessage(_("{}/10"), *score) : std::string();
}

NoteSection subjectiveSection(const SoapNote& note)
{
    const Subjective& s = note.subjective;
    SectionWriter out(note, "subjective", _("Subjective"));
    std::string headacheDays = ofPeriod(s.headacheDays, s.diaryDays);
    if (auto perMonth = headacheDaysPerMonth(s); perMonth && s.diaryDays != 30)
        headacheDays += formatMessage(_(" (about {} a month)"), fmt::format("{:.0f}", *perMonth));
    out.line("subjective.headache_days", _("Headache days"), headacheDays);
    out.line("subjective.average_intensity", _("Average intensity"), outOfTen(s.averageIntensity));
    out.line("subjective.worst_intensity", _("Worst intensity"), outOfTen(s.worstIntensity));
    if (s.usualDurationHours)
        out.line("subjective.usual_duration_hours", _("Usual duration"),
                 formatMessage(_("{} h"), numberText(*s.usualDurationHours)));
    out.line("subjective.medication_days", _("Medication days"), ofPeriod(s.medicationDays, s.diaryDays));
    out.line("subjective.medications_taken", _("Medicines taken"), s.medicationsTaken);
    out.line("subjective.triggers", _("Triggers noticed"), labelList(s.triggers));
    if (s.responseToLastTreatment) {
        std::string response = labelOf(*s.responseToLastTreatment);
        if (s.reliefDays)
            response += formatMessage(P_("; relief lasted {} day", "; relief lasted {} days", pluralCount(*s.reliefDays)),
                                      numberText(*s.reliefDays));
        out.line("subjective.response_to_last_treatment", _("Since the last treatment"), response);
    }
    for (const HomeCareAdherence& answer : s.homeCareAdherence)
        out.line("subjective.home_care_adherence." + std::string(keyOf(answer.item)),
                 formatMessage(_("Home programme: {}"), labelOf(answer.item)), adherenceText(answer.done));
    out.line("subjective.adherence_notes", _("Home programme comment"), s.adherenceNotes);
    if (s.sleepHours)
        out.line("subjective.sleep_hours", _("Sleep"), formatMessage(_("{} h a night"), numberText(*s.sleepHours)));
    if (s.hydration)
        out.line("subjective.hydration", _("Hydration"), labelOf(*s.hydration));
    if (s.caffeineServings)
        out.line("subjective.caffeine_servings", _("Caffeine"),
                 formatMessage(P_("{} serving a day", "{} servings a day", *s.caffeineServings), *s.caffeineServings));
    out.line("subjective.stress", _("Stress"), outOfTen(s.stress));
    out.line("subjective.rescreen", _("Red-flag re-screen"), rescreenText(s.rescreen));
    out.line("subjective.goal_today", _("Goal for today"), s.goalToday);
    out.line("subjective.notes", _("Notes"), s.notes);
    return out.take();
}

std::string romText(const RomMeasure& measure)
{
    if (measure.before && measure.after)
        return changeText({*measure.before, *measure.after}, "\u00b0");
    if (measure.before)
        return formatMessage(_("{}\u00b0 before treatment"), *measure.before);
    if (measure.after)
        return formatMessage(_("{}\u00b0 after treatment"), *measure.after);
    return {};
}

// "24°, restricted (30° or less)", "34°, restricted (10° or more below the right)", "44°".
std::string cfrtText(const CfrtSide& side, int cutoff, const std::string& otherSide)
{
    if (!side.degrees)
        return {};
    std::string why;
    if (side.atOrBelowCutoff)
        why = formatMessage(_("{}\u00b0 or less"), cutoff);
    if (side.belowOtherSide)
        why += (why.empty() ? "" : "; ")
             + formatMessage(_("{}\u00b0 or more below the {}"), kCfrtMeaningfulDifference, otherSide);
    return why.empty() ? formatMessage(_("{}\u00b0, not restricted"), *side.degrees)
                       : formatMessage(_("{}\u00b0, restricted ({})"), *side.degrees, why);
}

void cfrtLines(SectionWriter& out, const Objective& o)
{
    const int cutoff = cfrtCutoffOf(o);
    const CfrtResult cfrt = assessCfrt(o.cfrtLeft, o.cfrtRight, cutoff);
    out.line("objective.cfrt_left", _("Flexion-rotation test, left"), cfrtText(cfrt.left, cutoff, _("right")));
    out.line("objective.cfrt_right", _("Flexion-rotation test, right"), cfrtText(cfrt.right, cutoff, _("left")));
    if (cfrt.difference)
        out.line("objective.cfrt_difference", _("Flexion-rotation test, difference"),
                 cfrt.differenceMeaningful()
                     ? formatMessage(_("{}\u00b0 between the sides ({}\u00b0 or more is meaningful)"),
                                     *cfrt.difference, kCfrtMeaningfulDifference)
                     : formatMessage(_("{}\u00b0 between the sides"), *cfrt.difference));
}

NoteSection objectiveSection(const SoapNote& note)
{
    const Objective& o = note.objective;
    SectionWriter out(note, "objective", _("Objective"));
    out.line("objective.posture", _("Posture"), labelList(o.posture));
    out.line("objective.posture_notes", _("Posture notes"), o.postureNotes);
    if (o.romInstrument)
        out.line("objective.rom_instrument", _("Range of motion measured with"), romInstrumentText(*o.romInstrument));
    for (const auto& choice : choices<RomDirection>())
        if (auto measure = o.rom.find(choice.value); measure != o.rom.end())
            out.line("objective.rom." + std::string(choice.key), labelOf(choice.value),
                     romText(measure->second));
    cfrtLines(out, o);
    for (const PalpationFinding& finding : o.palpation)
        out.line("objective.palpation." + std::string(keyOf(finding.site.muscle)) + "."
                     + std::string(keyOf(finding.site.side)),
                 siteText(finding.site), findingText(finding), "objective.palpation");
    out.line("objective.notes", _("Notes"), o.notes);
    return out.take();
}

NoteSection assessmentSection(const SoapNote& note)
{
    const Assessment& a = note.assessment;
    SectionWriter out(note, "assessment", _("Assessment"));
    if (auto pain = painChange(a))
        out.line("assessment.pain", _("Pain before \u2192 after"), changeText(*pain, ""));
    else
        out.line("assessment.pain", _("Pain"), a.painBefore ? formatMessage(_("{}/10 before treatment"), *a.painBefore)
                                             : a.painAfter  ? formatMessage(_("{}/10 after treatment"), *a.painAfter)
                                                            : std::string());
    std::string rom;
    for (const RomChange& change : romChanges(note.objective))
        rom += (rom.empty() ? "" : ", ") + labelOf(change.direction) + " "
             + signedNumber(change.change.delta()) + "\u00b0";
    out.line("assessment.rom_changes", _("Range of motion after treatment"), rom);
    if (a.tolerance)
        out.line("assessment.tolerance", _("Tolerance to pressure"), labelOf(*a.tolerance));
    out.line("assessment.notes", _("Notes"), a.notes);
    return out.take();
}

NoteSection planSection(const SoapNote& note)
{
    const Plan& p = note.plan;
    SectionWriter out(note, "plan", _("Plan"));
    if (note.referralVisit())
        out.line("plan.kind", _("Visit"), _("Referral visit: no treatment was given"));
    out.line("plan.techniques", _("Techniques"), labelList(p.techniques));
    out.line("plan.regions", _("Regions"), labelList(p.regions));
    out.line("plan.muscles_treated", _("Muscles treated"), labelList(p.musclesTreated));
    if (p.pressure)
        out.line("plan.pressure", _("Pressure"), labelOf(*p.pressure));
    if (p.durationMinutes)
        out.line("plan.duration_minutes", _("Duration"), formatMessage(_("{} min"), *p.durationMinutes));
    out.line("plan.home_care", _("Home care"), labelList(p.homeCare));
    out.line("plan.home_care_notes", _("Home care notes"), p.homeCareNotes);
    if (p.nextVisitInWeeks)
        out.line("plan.next_visit_in_weeks", _("Next visit"),
                 formatMessage(P_("in {} week", "in {} weeks", *p.nextVisitInWeeks), *p.nextVisitInWeeks));
    if (p.referralMade)
        out.line("plan.referral_made", _("Referral"), referralText(p));
    out.line("plan.notes", _("Notes"), p.notes);
    return out.take();
}

NoteSection addendaSection(const SoapNote& note, DateFormatter formatDate)
{
    SectionWriter out(note, "addenda", _("Addenda"));
    for (const Addendum& addendum : note.addenda)
        out.line("addenda." + std::to_string(addendum.id),
                 formatMessage(_("{} by {}"), momentText(addendum.writtenAt, formatDate), addendum.author),
                 addendum.text);
    return out.take();
}

} // namespace

// "kept daily", "kept some days", "not kept at all".
std::string adherenceText(Adherence done)
{
    switch (done) {
    case Adherence::Daily:
        return _("kept daily");
    case Adherence::SomeDays:
        return _("kept some days");
    case Adherence::NotAtAll:
        return _("not kept at all");
    }
    return {};
}

// "goniometer", "CROM device": the instrument inside a sentence.
std::string romInstrumentText(RomInstrument instrument)
{
    switch (instrument) {
    case RomInstrument::Goniometer:
        return _("goniometer");
    case RomInstrument::Inclinometer:
        return _("inclinometer");
    case RomInstrument::CromDevice:
        return _("CROM device");
    case RomInstrument::VisualEstimate:
        return _("visual estimate");
    }
    return {};
}

std::string rescreenText(const std::map<clients::SafetyIssue, bool>& rescreen)
{
    std::set<clients::SafetyIssue> yes, no, unasked;
    for (const clients::SafetyIssue flag : clients::currentFlags())
        if (!rescreen.contains(flag))
            unasked.insert(flag);
    for (const auto& [issue, answer] : rescreen)
        (answer ? yes : no).insert(issue);
    if (yes.empty() && no.empty())
        return _("Not asked");
    std::string text = yes.empty() ? std::string(_("Nothing found"))
                                   : formatMessage(_("Present today: {}"), labelList(yes));
    if (!no.empty())
        text += formatMessage(_(". Answered no: {}"), labelList(no));
    if (!unasked.empty())
        text += formatMessage(_(". Not asked: {}"), labelList(unasked));
    return text;
}

std::string referralText(const Plan& plan)
{
    std::string text = plan.referredToName.empty() ? std::string(_("Referral made"))
                                                    : formatMessage(_("To {}"), plan.referredToName);
    if (!plan.referralMethods.empty())
        text += formatMessage(_(", by {}"), labelList(plan.referralMethods));
    if (!plan.referralNotes.empty())
        text += ". " + plan.referralNotes;
    return text;
}

std::vector<NoteSection> describeNote(const SoapNote& note, DateFormatter formatDate)
{
    std::vector<NoteSection> sections = {subjectiveSection(note), objectiveSection(note),
                                         assessmentSection(note), planSection(note)};
    if (!note.addenda.empty())
        sections.push_back(addendaSection(note, formatDate));
    return sections;
}

std::string signatureLine(const SoapNote& note, DateFormatter formatDate)
{
    if (!note.signedNote() || !note.signedAt)
        return _("Draft \u2014 not signed");
    std::string line = formatMessage(_("Signed {} by {}"), momentText(*note.signedAt, formatDate), note.signedBy);
    if (note.lateEntry)
        line += _(" \u00b7 late entry");
    if (!note.overrideReason.empty())
        line += formatMessage(_(" \u00b7 signed despite the screening: {}"), note.overrideReason);
    return line;
}

} // namespace knotwork::sessions
