# Finds libharu (Debian ships no CMake config). Provides Haru::hpdf.
find_path(HARU_INCLUDE_DIR hpdf.h)
find_library(HARU_LIBRARY NAMES hpdf)
if(HARU_INCLUDE_DIR AND EXISTS ${HARU_INCLUDE_DIR}/hpdf_version.h)
    file(STRINGS ${HARU_INCLUDE_DIR}/hpdf_version.h _haru_version_line REGEX "#define HPDF_VERSION_TEXT")
    string(REGEX REPLACE ".*\"([0-9.]+).*" "\\1" HARU_VERSION "${_haru_version_line}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Haru REQUIRED_VARS HARU_LIBRARY HARU_INCLUDE_DIR VERSION_VAR HARU_VERSION)

if(Haru_FOUND AND NOT TARGET Haru::hpdf)
    add_library(Haru::hpdf UNKNOWN IMPORTED)
    set_target_properties(Haru::hpdf PROPERTIES
        IMPORTED_LOCATION ${HARU_LIBRARY}
        INTERFACE_INCLUDE_DIRECTORIES ${HARU_INCLUDE_DIR})
endif()
mark_as_advanced(HARU_INCLUDE_DIR HARU_LIBRARY)
