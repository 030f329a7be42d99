#include "reports/precaution_watch.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "clients/client_choices.h"
#include "common/i18n.h"
#include "common/locale_date.h"

namespace knotwork::reports {

using clients::SafetyIssue;

namespace {

// The visits a recent trend is read over, and the rise over them that counts as a worsening:
// 2 headache days a month, or 2 points of average intensity (about the NPRS's MCID).
constexpr std::size_t kRecentVisits = 3;
constexpr double kDaysRise = 2;
constexpr int kIntensityRise = 2;

// A change a plan's precautions may name: the words that name it (translated, "|" between
// alternatives, lower case) and the re-screen flags that show it.
struct Watched {
    const char* words;
    std::set<SafetyIssue> flags;
    bool headacheTrend = false;
};

const std::vector<Watched>& watchedChanges()
{
    static const std::vector<Watched> watched{
        {N_("headache pattern|pattern changes|headaches change|headaches get worse|headache worsens"),
         {SafetyIssue::NewOrChangedPattern, SafetyIssue::ProgressiveOrAtypical, SafetyIssue::SuddenSevereOnset},
         true},
        {N_("dizziness|dizzy"), {SafetyIssue::ArterySymptomsWithNeckPain}},
        {N_("arm symptoms|numbness|tingling|weakness"), {SafetyIssue::NeurologicalDeficit}},
        {N_("vision|visual"), {SafetyIssue::VisionChanges}},
    };
    return watched;
}

std::string lower(std::string text)
{
    std::ranges::transform(text, text.begin(), [](unsigned char c) {
        return c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
    });
    return text;
}

std::vector<std::string> split(const std::string& text, const std::string& separators)
{
    std::vector<std::string> pieces;
    std::string piece;
    auto keep = [&] {
        const auto first = piece.find_first_not_of(" \t\r\n");
        if (first != std::string::npos)
            pieces.push_back(piece.substr(first, piece.find_last_not_of(" \t\r\n") - first + 1));
        piece.clear();
    };
    for (const char c : text) {
        if (separators.find(c) != std::string::npos)
            keep();
        else
            piece += c;
    }
    keep();
    return pieces;
}

// The first clause of the precautions that names the change, as written.
std::string clauseNaming(const std::string& precautions, const Watched& change)
{
    const std::vector<std::string> words = split(translate(change.words), "|");
    for (const std::string& clause : split(precautions, ".;\n"))
        for (const std::string& word : words)
            if (lower(clause).find(lower(word)) != std::string::npos)
                return clause;
    return {};
}

std::vector<std::string> rescreenEvidence(const Watched& change, const std::vector<sessions::SoapNote>& notes)
{
    std::vector<std::string> evidence;
    for (const sessions::SoapNote& note : notes) {
        std::set<SafetyIssue> found;
        for (const auto& [issue, yes] : note.subjective.rescreen)
            if (yes && change.flags.contains(issue))
                found.insert(issue);
        if (!found.empty())
            evidence.push_back(formatMessage(_("The re-screen of {} found: {}."), mediumDate(note.visitDate),
                                             labelList(found)));
    }
    return evidence;
}

// True when the values never fall and rise by at least `rise` from the first to the last.
bool rising(const std::vector<double>& values, double rise)
{
    return values.size() == kRecentVisits && std::ranges::is_sorted(values) && values.back() - values.front() >= rise;
}

std::vector<std::string> trendEvidence(const std::vector<sessions::SoapNote>& notes)
{
    std::vector<const sessions::SoapNote*> diaries;
    for (auto note = notes.rbegin(); note != notes.rend() && diaries.size() < kRecentVisits; ++note)
        if (note->subjective.diaryDays && note->subjective.headacheDays)
            diaries.insert(diaries.begin(), &*note);
    std::vector<std::string> evidence;
    if (diaries.size() < kRecentVisits)
        return evidence;

    std::vector<double> monthly;
    std::string days;
    for (const sessions::SoapNote* note : diaries) {
        const sessions::Subjective& s = note->subjective;
        monthly.push_back(30.0 * *s.headacheDays / *s.diaryDays);
        days += (days.empty() ? "" : ", ")
                + formatMessage(P_("{} in {} day ({})", "{} in {} days ({})", *s.diaryDays), *s.headacheDays,
                                *s.diaryDays, mediumDate(note->visitDate));
    }
    if (rising(monthly, kDaysRise))
        evidence.push_back(formatMessage(_("Headache days rose over the last three visits: {}."), days));

    std::vector<double> intensity;
    std::string points;
    for (const sessions::SoapNote* note : diaries) {
        if (!note->subjective.averageIntensity)
            return evidence;
        intensity.push_back(*note->subjective.averageIntensity);
        points += (points.empty() ? "" : ", ")
                  + formatMessage(_("{}/10 ({})"), *note->subjective.averageIntensity, mediumDate(note->visitDate));
    }
    if (rising(intensity, kIntensityRise))
        evidence.push_back(formatMessage(_("Average headache intensity rose over the last three visits: {}."), points));
    return evidence;
}

} // namespace

std::vector<PrecautionAlert> precautionAlerts(const std::string& precautions,
                                              const std::vector<sessions::SoapNote>& notes)
{
    std::vector<PrecautionAlert> alerts;
    for (const Watched& change : watchedChanges()) {
        const std::string clause = clauseNaming(precautions, change);
        if (clause.empty())
            continue;
        std::vector<std::string> evidence = rescreenEvidence(change, notes);
        if (change.headacheTrend)
            for (std::string& line : trendEvidence(notes))
                evidence.push_back(std::move(line));
        if (evidence.empty())
            continue;
        // One clause may name two changes ("dizziness or arm symptoms"): one call-out for it.
        const auto same = std::ranges::find(alerts, clause, &PrecautionAlert::precaution);
        if (same == alerts.end())
            alerts.push_back({clause, std::move(evidence)});
        else
            for (std::string& line : evidence)
                same->evidence.push_back(std::move(line));
    }
    return alerts;
}

} // namespace knotwork::reports
