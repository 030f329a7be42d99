// A note's PDF prints what issue 20 added to the note: the medicines the client named, how each
// home-care item of the last visit was kept with the client's comment, and what range of motion
// was measured with. Read with pdftotext.
#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pdf_reader.h"
#include "reports/record_reports.h"
#include "support/sample_note.h"
#include "support/sample_report.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string notePdfText(const sessions::SoapNote& note, const std::string& name)
{
    knotwork::testing::TempDir dir;
    PdfDocument document;
    const sharing::NoteReportData data{knotwork::testing::sampleReportHeader(Date(2026, 11, 30)), note, {}};
    std::string text = writeAndRead(layoutNoteReport(data, document), document, dir.path(), name).text;
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

TEST(NoteReportFields, PrintsTheMedicinesTheHomeProgrammeKeptAndTheInstrument)
{
    sessions::SoapNote note = knotwork::testing::sampleNote(7, Date(2026, 11, 24));
    note.subjective.medicationsTaken = "ibuprofen 400 mg";
    note.subjective.homeCareAdherence = {{sessions::HomeCare::SuboccipitalBallRelease, sessions::Adherence::Daily},
                                         {sessions::HomeCare::Hydration, sessions::Adherence::SomeDays}};
    note.subjective.adherenceNotes = "Water bottle left at home on two days";
    note.objective.romInstrument = sessions::RomInstrument::Inclinometer;
    const std::string text = notePdfText(note, "note-issue20-fields");
    for (const char* expected : {"Medicines taken", "ibuprofen 400 mg", "Home programme: Suboccipital self-release with a ball",
                                 "kept daily", "Home programme: Hydration", "kept some days",
                                 "Water bottle left at home on two days", "Range of motion measured with",
                                 "inclinometer"})
        EXPECT_THAT(text, HasSubstr(expected)) << expected;
}

TEST(NoteReportFields, ANoteWithoutThemSaysNothingOfThem)
{
    const std::string text = notePdfText(knotwork::testing::sampleNote(7, Date(2026, 11, 24)), "note-without-issue20-fields");
    for (const char* absent : {"Medicines taken", "Home programme:", "measured with", "kept daily", "not kept"})
        EXPECT_THAT(text, Not(HasSubstr(absent))) << absent;
}

} // namespace
} // namespace knotwork::reports
