#pragma once

#include <filesystem>

namespace knotwork::gui {

class MainFrame;

// File › Export practice…: writes the open practice with every record into one archive in
// Knotwork's open format (app::exportPractice), encrypted when the practice is (unless the person
// asks otherwise), and says where it went.
void exportOpenPractice(MainFrame& frame);

// File › Import practice…: asks for an archive and the new practice file to make from it, the
// archive's passphrase when it is encrypted, imports it (app::importPractice: all or nothing) and
// opens the new practice. A refused archive's problems are listed (ImportProblemsDialog).
void importPracticeFromArchive(MainFrame& frame);
// Its part after the two choices: imports `archive` into the new practice `file` and opens it.
// True when it did.
bool importArchiveInto(MainFrame& frame, const std::filesystem::path& archive, const std::filesystem::path& file);

} // namespace knotwork::gui
