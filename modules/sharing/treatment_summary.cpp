#include "sharing/treatment_summary.h"

#include "sessions/note_text.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace knotwork::sharing {

namespace {

template <typename E>
std::vector<Tally<E>> tallied(const std::map<E, int>& counts)
{
    std::vector<Tally<E>> tallies;
    for (const auto& [value, visits] : counts)
        tallies.push_back({value, visits});
    std::stable_sort(tallies.begin(), tallies.end(),
                     [](const Tally<E>& a, const Tally<E>& b) { return a.visits > b.visits; });
    return tallies;
}

template <typename E>
void count(const std::set<E>& values, std::map<E, int>& counts)
{
    for (const E value : values)
        ++counts[value];
}

void addWords(const sessions::SoapNote& note, std::vector<HomeCareWords>& words)
{
    const std::string& text = note.plan.homeCareNotes;
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        return;
    const auto same = std::ranges::find(words, text, &HomeCareWords::text);
    if (same == words.end()) {
        words.push_back({text, note.visitDate, note.visitDate, 1});
        return;
    }
    same->first = std::min(same->first, note.visitDate);
    same->last = std::max(same->last, note.visitDate);
    ++same->visits;
}

void countAdherence(const sessions::SoapNote& note, std::map<sessions::HomeCare, AdherenceTally>& tallies,
                    std::vector<AdherenceComment>& comments)
{
    for (const sessions::HomeCareAdherence& answer : note.subjective.homeCareAdherence) {
        AdherenceTally& tally = tallies.try_emplace(answer.item, AdherenceTally{answer.item}).first->second;
        switch (answer.done) {
        case sessions::Adherence::Daily:
            ++tally.daily;
            break;
        case sessions::Adherence::SomeDays:
            ++tally.someDays;
            break;
        case sessions::Adherence::NotAtAll:
            ++tally.notAtAll;
            break;
        }
    }
    if (note.subjective.adherenceNotes.find_first_not_of(" \t\r\n") != std::string::npos)
        comments.push_back({note.visitDate, note.subjective.adherenceNotes});
}

} // namespace

TreatmentSummary summariseTreatment(const std::vector<sessions::SoapNote>& notes)
{
    TreatmentSummary summary;
    std::map<sessions::Technique, int> techniques;
    std::map<sessions::TreatedRegion, int> regions;
    std::map<sessions::Muscle, int> muscles;
    std::map<sessions::HomeCare, int> homeCare;
    std::map<sessions::HomeCare, AdherenceTally> adherence;
    int minutes = 0, timedVisits = 0, painVisits = 0;
    double before = 0, after = 0;
    for (const sessions::SoapNote& note : notes) {
        ++summary.visits;
        if (note.referralVisit())
            ++summary.referralVisits;
        if (note.plan.referralMade)
            summary.referrals.push_back({note.visitDate, sessions::referralText(note.plan), note.referralVisit()});
        if (!note.subjective.rescreen.empty()
            && (!summary.lastRescreen || summary.lastRescreen->on <= note.visitDate))
            summary.lastRescreen = VisitRescreen{note.visitDate, note.subjective.rescreen};
        if (!summary.first || note.visitDate < *summary.first)
            summary.first = note.visitDate;
        if (!summary.last || note.visitDate > *summary.last)
            summary.last = note.visitDate;
        count(note.plan.techniques, techniques);
        count(note.plan.regions, regions);
        count(note.plan.musclesTreated, muscles);
        count(note.plan.homeCare, homeCare);
        addWords(note, summary.homeCareWords);
        countAdherence(note, adherence, summary.adherenceComments);
        if (note.plan.durationMinutes) {
            minutes += *note.plan.durationMinutes;
            ++timedVisits;
        }
        if (note.assessment.painBefore && note.assessment.painAfter) {
            before += *note.assessment.painBefore;
            after += *note.assessment.painAfter;
            ++painVisits;
        }
    }
    if (summary.visits > 1)
        summary.averageDaysBetween = static_cast<double>((*summary.last - *summary.first).days())
                                     / (summary.visits - 1);
    if (timedVisits > 0)
        summary.averageMinutes = static_cast<int>(std::lround(static_cast<double>(minutes) / timedVisits));
    if (painVisits > 0) {
        summary.averagePainBefore = before / painVisits;
        summary.averagePainAfter = after / painVisits;
    }
    summary.techniques = tallied(techniques);
    summary.regions = tallied(regions);
    summary.muscles = tallied(muscles);
    summary.homeCare = tallied(homeCare);
    for (const auto& [item, tally] : adherence)
        summary.adherence.push_back(tally);
    std::ranges::stable_sort(summary.adherenceComments, {}, &AdherenceComment::on);
    return summary;
}

} // namespace knotwork::sharing
