// The progress report's home programme: what the signed notes of the period gave, in the items
// chosen and the therapist's words, and how the client said each item was kept.
#include <algorithm>

#include "common/i18n.h"
#include "common/locale_date.h"
#include "reports/progress_sections.h"
#include "sessions/session_choices.h"

namespace knotwork::reports {

namespace {

// "4 May 2026" for one visit, "4 May to 1 Jun 2026 (3 visits)" for several.
std::string visitsText(const sharing::HomeCareWords& words)
{
    if (words.visits == 1)
        return mediumDate(words.first);
    return formatMessage(_("{} to {} ({} visits)"), mediumDate(words.first), mediumDate(words.last), words.visits);
}

// "kept daily at 5, some days at 2, not at all at 1 of 8 answers"; an answer never given is left out.
std::string keptText(const sharing::AdherenceTally& kept)
{
    std::string counts;
    auto add = [&counts](int answers, const std::string& text) {
        if (answers > 0)
            counts += (counts.empty() ? "" : ", ") + text;
    };
    add(kept.daily, formatMessage(_("daily at {}"), kept.daily));
    add(kept.someDays, formatMessage(_("some days at {}"), kept.someDays));
    add(kept.notAtAll, formatMessage(_("not at all at {}"), kept.notAtAll));
    return formatMessage(P_("kept {} of {} answer", "kept {} of {} answers", kept.answers()), counts, kept.answers());
}

const sharing::AdherenceTally* keptOf(const sharing::TreatmentSummary& summary, sessions::HomeCare item)
{
    const auto found = std::ranges::find(summary.adherence, item, &sharing::AdherenceTally::item);
    return found == summary.adherence.end() ? nullptr : &*found;
}

// "Neck and shoulder stretches: given at 8 of 10 visits; kept daily at 5, …" — an item given only
// before the period is listed by how it was kept since.
std::vector<std::string> itemLines(const sharing::TreatmentSummary& summary)
{
    std::vector<std::string> lines;
    for (const auto& given : summary.homeCare) {
        const std::string visits = formatMessage(P_("given at {} of {} visit", "given at {} of {} visits", summary.visits),
                                                 given.visits, summary.visits);
        const sharing::AdherenceTally* kept = keptOf(summary, given.value);
        lines.push_back(kept ? formatMessage(_("{}: {}; {}"), labelOf(given.value), visits, keptText(*kept))
                             : formatMessage(_("{}: {}; how it was kept is not recorded"), labelOf(given.value), visits));
    }
    for (const sharing::AdherenceTally& kept : summary.adherence)
        if (std::ranges::find(summary.homeCare, kept.item, &sharing::Tally<sessions::HomeCare>::value)
            == summary.homeCare.end())
            lines.push_back(formatMessage(_("{}: given before this period; {}"), labelOf(kept.item), keptText(kept)));
    return lines;
}

} // namespace

// Only what the signed notes of the period gave and heard. The plan's home programme is what was
// planned, not given: it is not listed here.
void writeHomeProgramme(DocumentWriter& writer, const sharing::ProgressReportData&,
                        const sharing::TreatmentSummary& summary)
{
    if (summary.homeCare.empty() && summary.homeCareWords.empty() && summary.adherence.empty()
        && summary.adherenceComments.empty())
        return;
    writer.heading(_("Home programme given and kept"));
    writer.bullets(itemLines(summary));
    if (!summary.homeCareWords.empty()) {
        writer.paragraph(_("Instructions as written in the notes"), writer.style().body(true));
        std::vector<std::string> words;
        for (const sharing::HomeCareWords& given : summary.homeCareWords)
            words.push_back(formatMessage(_("{}: {}"), visitsText(given), given.text));
        writer.bullets(words);
    }
    if (!summary.adherenceComments.empty()) {
        writer.paragraph(_("What the client said about the home programme"), writer.style().body(true));
        std::vector<std::string> comments;
        for (const sharing::AdherenceComment& comment : summary.adherenceComments)
            comments.push_back(formatMessage(_("{}: {}"), mediumDate(comment.on), comment.text));
        writer.bullets(comments);
    }
}

} // namespace knotwork::reports
