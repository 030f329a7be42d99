// import: a whole-practice export archive (zip, its table files and bodies), made into a new
// practice in a folder of its own. A refusal leaves nothing behind there.
#include "app/practice/practice_import.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace knotwork;
    const fuzz::TempFolder folder;
    fuzz::useUserFoldersIn(folder.path());
    const auto archive = folder.path() / "practice-export.zip";
    const auto practice = folder.path() / "imported.sqlite";
    fuzz::writeFile(archive, data, size);
    bool imported = false;
    fuzz::refusalsAreFine([&] {
        app::importPractice(archive, "", practice, "");
        imported = true;
    });
    if (!imported && std::filesystem::exists(practice))
        fuzz::finding("a refused import left a practice behind");
    return 0;
}
