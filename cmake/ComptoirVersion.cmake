# The version of this build, from one place: project(VERSION) and git.
#   - a release, whose commit carries the tag v<VERSION>:  0.1.0
#   - any other commit (a dev build):                       0.1.0-dev.<N>+g<hash>
#     N counts the commits since the last v* tag (since the first commit without a tag), so dev
#     builds sort in order; bump project(VERSION) right after tagging a release.
#   - no git (a source tarball):                             0.1.0
# -DCOMPTOIR_VERSION_OVERRIDE=... replaces it (a distribution's own build).
#
# It is computed when CMake configures (make test / make package always do), into
#   COMPTOIR_BUILD_VERSION    what the programs print for --version: target_link_libraries(x
#                             PRIVATE comptoir_version) gives them the macro of that name;
#   COMPTOIR_DEBIAN_VERSION   the same with '~' before "dev", which Debian sorts before the release.
# The MSI needs a numeric version and takes PROJECT_VERSION (packaging/windows/WixSettings.cmake).
#
# Script mode, for the tests: cmake -DSOURCE_DIR=<git tree> -DBASE_VERSION=0.1.0
#   -P ComptoirVersion.cmake prints the version of that tree.
include_guard(GLOBAL)

# comptoir_compute_version(<out> <source dir> <base version>)
function(comptoir_compute_version out source_dir base)
    set(version "${base}")
    find_package(Git QUIET)
    if(GIT_FOUND AND EXISTS "${source_dir}/.git")
        execute_process(COMMAND "${GIT_EXECUTABLE}" describe --tags --match "v[0-9]*" --long
                                --abbrev=7 --always
                        WORKING_DIRECTORY "${source_dir}"
                        OUTPUT_VARIABLE described RESULT_VARIABLE failed
                        OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        if(NOT failed AND described MATCHES "^(v.+)-([0-9]+)-g([0-9a-f]+)$")
            set(tag "${CMAKE_MATCH_1}")
            set(commits "${CMAKE_MATCH_2}")
            set(hash "${CMAKE_MATCH_3}")
        elseif(NOT failed AND described MATCHES "^[0-9a-f]+$")
            # No tag yet: --always gave the hash alone.
            set(tag "")
            set(hash "${described}")
            execute_process(COMMAND "${GIT_EXECUTABLE}" rev-list --count HEAD
                            WORKING_DIRECTORY "${source_dir}"
                            OUTPUT_VARIABLE commits OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        endif()
        if(DEFINED hash AND NOT (tag STREQUAL "v${base}" AND commits EQUAL 0))
            set(version "${base}-dev.${commits}+g${hash}")
        endif()
    endif()
    set(${out} "${version}" PARENT_SCOPE)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE)
    comptoir_compute_version(version "${SOURCE_DIR}" "${BASE_VERSION}")
    execute_process(COMMAND "${CMAKE_COMMAND}" -E echo "${version}")
    return()
endif()

set(COMPTOIR_VERSION_OVERRIDE "" CACHE STRING
    "Version of this build (default: project(VERSION) and git describe)")
if(COMPTOIR_VERSION_OVERRIDE)
    set(COMPTOIR_BUILD_VERSION "${COMPTOIR_VERSION_OVERRIDE}")
else()
    comptoir_compute_version(COMPTOIR_BUILD_VERSION "${CMAKE_CURRENT_LIST_DIR}/.."
                             "${PROJECT_VERSION}")
endif()
string(REPLACE "-dev." "~dev." COMPTOIR_DEBIAN_VERSION "${COMPTOIR_BUILD_VERSION}")
message(STATUS "Comptoir ${COMPTOIR_BUILD_VERSION}")

# Only the executables link it: their main.cpp alone recompiles when the version changes.
if(NOT TARGET comptoir_version)
    add_library(comptoir_version INTERFACE)
    target_compile_definitions(comptoir_version INTERFACE
        COMPTOIR_BUILD_VERSION="${COMPTOIR_BUILD_VERSION}")
endif()
