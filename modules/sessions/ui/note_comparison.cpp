#include "sessions/ui/note_comparison.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <wx/intl.h>
#include <wx/numformatter.h>

#include "common/ui/wx_text.h"
#include "sessions/note_rules.h"
#include "sessions/note_text.h"
#include "sessions/session_choices.h"
#include "sessions/ui/session_text.h"
#include "sessions/visit_findings.h"

namespace knotwork::sessions::ui {

using knotwork::ui::toWx;

namespace {

// A measure of one note that can be compared with the same measure of another.
struct Quantity {
    std::optional<double> value;
    wxString unit;     // after each number: "°", " h"
    wxString per = {};  // after the second number only: " days", " a month"
};

wxString number(double value)
{
    return wxNumberFormatter::ToString(value, 1, wxNumberFormatter::Style_NoTrailingZeroes);
}

wxString signedNumber(double value)
{
    const double rounded = std::round(value * 10) / 10;
    if (rounded > 0)
        return "+" + number(rounded);
    if (rounded < 0)
        return wxString::FromUTF8("\u2212") + number(-rounded);
    return wxString::FromUTF8("\u00b1") + "0";
}

std::optional<double> asDouble(const std::optional<int>& value)
{
    return value ? std::optional<double>(*value) : std::nullopt;
}

using QuantityOf = std::function<Quantity(const SoapNote& note, const SoapNote& other)>;

// Diaries of different lengths are compared per month.
Quantity diaryDays(const SoapNote& note, const SoapNote& other, const std::optional<int>& days)
{
    if (note.subjective.diaryDays == other.subjective.diaryDays)
        return {asDouble(days), wxString(), days ? wxPLURAL(" day", " days", *days) : wxString()};
    const std::optional<double> perMonth = scaledToMonth(days, note.subjective.diaryDays.value_or(0));
    if (!perMonth)
        return {};
    const double rounded = std::round(*perMonth);
    return {rounded, wxString(), wxPLURAL(" day a month", " days a month", static_cast<int>(rounded))};
}

// The measures compared as numbers, by line key.
std::optional<QuantityOf> quantityOf(const std::string& key)
{
    if (key == "subjective.headache_days")
        return [](const SoapNote& n, const SoapNote& o) { return diaryDays(n, o, n.subjective.headacheDays); };
    if (key == "subjective.medication_days")
        return [](const SoapNote& n, const SoapNote& o) { return diaryDays(n, o, n.subjective.medicationDays); };
    if (key == "subjective.average_intensity")
        return [](const SoapNote& n, const SoapNote&) { return Quantity{asDouble(n.subjective.averageIntensity), {}, _("/10")}; };
    if (key == "subjective.worst_intensity")
        return [](const SoapNote& n, const SoapNote&) { return Quantity{asDouble(n.subjective.worstIntensity), {}, _("/10")}; };
    if (key == "subjective.stress")
        return [](const SoapNote& n, const SoapNote&) { return Quantity{asDouble(n.subjective.stress), {}, _("/10")}; };
    if (key == "subjective.sleep_hours")
        return [](const SoapNote& n, const SoapNote&) { return Quantity{n.subjective.sleepHours, _(" h")}; };
    if (key == "subjective.caffeine_servings")
        return [](const SoapNote& n, const SoapNote&) { return Quantity{asDouble(n.subjective.caffeineServings), {}, _(" a day")}; };
    if (key == "objective.cfrt_left")
        return [](const SoapNote& n, const SoapNote&) { return Quantity{asDouble(n.objective.cfrtLeft), _("°")}; };
    if (key == "objective.cfrt_right")
        return [](const SoapNote& n, const SoapNote&) { return Quantity{asDouble(n.objective.cfrtRight), _("°")}; };
    if (key == "plan.duration_minutes")
        return [](const SoapNote& n, const SoapNote&) { return Quantity{asDouble(n.plan.durationMinutes), _(" min")}; };
    for (const auto& choice : choices<RomDirection>())
        if (key == "objective.rom." + std::string(choice.key))
            return [direction = choice.value](const SoapNote& n, const SoapNote&) {
                return Quantity{asDouble(keyRom(n.objective, direction)), _("°")};
            };
    return std::nullopt;
}

// "58° → 64° (+6°)", "8 → 3 days (−5)".
wxString changeText(const std::string& key, const SoapNote& older, const SoapNote& newer)
{
    const std::optional<QuantityOf> quantity = quantityOf(key);
    if (!quantity)
        return {};
    const Quantity before = (*quantity)(older, newer);
    const Quantity after = (*quantity)(newer, older);
    if (!before.value || !after.value)
        return {};
    return wxString::Format(_("%s%s → %s%s%s (%s%s)"), number(*before.value), before.unit, number(*after.value),
                            after.unit, after.per, signedNumber(*after.value - *before.value), after.unit);
}

const NoteSection* sectionOf(const std::vector<NoteSection>& sections, const std::string& key)
{
    const auto found = std::find_if(sections.begin(), sections.end(),
                                    [&](const NoteSection& section) { return section.key == key; });
    return found == sections.end() ? nullptr : &*found;
}

// The keys of both sections in reading order: the older note's, each of the newer note's own
// lines placed after the line it follows there.
std::vector<const NoteLine*> mergedOrder(const NoteSection* older, const NoteSection* newer)
{
    std::vector<const NoteLine*> order;
    if (older)
        for (const NoteLine& line : older->lines)
            order.push_back(&line);
    if (!newer)
        return order;
    auto insertAt = order.begin();
    for (const NoteLine& line : newer->lines) {
        const auto found = std::find_if(order.begin(), order.end(),
                                        [&](const NoteLine* seen) { return seen->key == line.key; });
        if (found != order.end()) {
            insertAt = std::next(found);
        } else {
            insertAt = std::next(order.insert(insertAt, &line));
        }
    }
    return order;
}

wxString valueIn(const NoteSection* section, const std::string& key)
{
    if (!section)
        return {};
    for (const NoteLine& line : section->lines)
        if (line.key == key)
            return toWx(line.value);
    return {};
}

} // namespace

std::vector<ComparedSection> compareNotes(const SoapNote& older, const SoapNote& newer)
{
    const std::vector<NoteSection> before = describeNote(older, &localeDate);
    const std::vector<NoteSection> after = describeNote(newer, &localeDate);
    std::vector<ComparedSection> compared;
    for (const NoteSection& section : after) {
        if (section.key == "addenda")
            continue;
        const NoteSection* old = sectionOf(before, section.key);
        ComparedSection out{section.key, toWx(section.title), {}};
        for (const NoteLine* line : mergedOrder(old, &section)) {
            ComparedLine row{line->key, toWx(line->label), valueIn(old, line->key), valueIn(&section, line->key),
                             false, {}};
            row.changed = row.older != row.newer;
            if (row.changed)
                row.change = changeText(line->key, older, newer);
            out.lines.push_back(std::move(row));
        }
        compared.push_back(std::move(out));
    }
    return compared;
}

} // namespace knotwork::sessions::ui
