# Packaging: one version for every package, CPack's common settings, and the components.
# Included from packaging/CMakeLists.txt; the platform parts live in packaging/linux (Debian
# packages) and packaging/windows (WiX MSI). See docs/deployment.md for what operators do with them.
include_guard(GLOBAL)
include(GNUInstallDirs)
# The repository's root, also when a test project includes this file.
get_filename_component(COMPTOIR_REPOSITORY_DIR "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)

# The package version: the project's VERSION for a release build (the commit carries the tag
# v<VERSION>), otherwise VERSION~dev<commits>.g<hash> so that dev packages sort before the release
# and say which commit they hold ('~' sorts first in Debian versions). COMPTOIR_PACKAGE_VERSION
# overrides both (CI builds of a tag, distributions).
set(COMPTOIR_PACKAGE_VERSION "" CACHE STRING "Package version (default: from project() and git)")
function(comptoir_package_version out)
    if(COMPTOIR_PACKAGE_VERSION)
        set(${out} "${COMPTOIR_PACKAGE_VERSION}" PARENT_SCOPE)
        return()
    endif()
    set(version "${PROJECT_VERSION}")
    find_package(Git QUIET)
    if(GIT_FOUND AND EXISTS "${COMPTOIR_REPOSITORY_DIR}/.git")
        execute_process(COMMAND "${GIT_EXECUTABLE}" describe --tags --exact-match --match "v*"
                        WORKING_DIRECTORY "${COMPTOIR_REPOSITORY_DIR}"
                        OUTPUT_VARIABLE tag RESULT_VARIABLE not_tagged
                        OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        if(not_tagged OR NOT tag STREQUAL "v${PROJECT_VERSION}")
            execute_process(COMMAND "${GIT_EXECUTABLE}" rev-list --count HEAD
                            WORKING_DIRECTORY "${COMPTOIR_REPOSITORY_DIR}"
                            OUTPUT_VARIABLE commits OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=8 HEAD
                            WORKING_DIRECTORY "${COMPTOIR_REPOSITORY_DIR}"
                            OUTPUT_VARIABLE hash OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            if(commits AND hash)
                set(version "${version}~dev${commits}.g${hash}")
            endif()
        endif()
    endif()
    set(${out} "${version}" PARENT_SCOPE)
endfunction()
comptoir_package_version(COMPTOIR_FULL_VERSION)

# One reverse-DNS id for the desktop file, the metainfo, the icon and the Windows shortcut; it is
# the name app/main.cpp gives QGuiApplication::setDesktopFileName().
set(COMPTOIR_APP_ID "africa.comptoir.Comptoir")
set(COMPTOIR_VENDOR "Comptoir")
set(COMPTOIR_CONTACT "Comptoir team <team@comptoir.example>")

# Components: 'app' is the counter PC's till, 'server' the backend and the LigdiCash sandbox.
set(COMPTOIR_COMPONENT_APP app)
set(COMPTOIR_COMPONENT_SERVER server)

set(CPACK_PACKAGE_NAME "comptoir")
set(CPACK_PACKAGE_VENDOR "${COMPTOIR_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${COMPTOIR_CONTACT}")
set(CPACK_PACKAGE_VERSION "${COMPTOIR_FULL_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${COMPTOIR_REPOSITORY_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Comptoir")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
# Only our two components: install rules without a component (e.g. a target's own rule in its
# folder) land in "Unspecified" and stay out of the packages.
set(CPACK_COMPONENTS_ALL ${COMPTOIR_COMPONENT_APP} ${COMPTOIR_COMPONENT_SERVER})
set(CPACK_COMPONENT_APP_DISPLAY_NAME "Comptoir (till)")
set(CPACK_COMPONENT_APP_DESCRIPTION "The desktop point of sale used at the counter.")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Comptoir server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "The shop's backend holding the LigdiCash keys, and the local LigdiCash sandbox.")
