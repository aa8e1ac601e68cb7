import QtQuick
import QtTest
import Rebound.Ui

TestCase {
    name: "Theme"

    function cleanup() {
        Theme.dark = false;
    }

    function test_moodColoursDistinct() {
        for (let i = 1; i <= 5; ++i)
            for (let j = i + 1; j <= 5; ++j)
                verify(!Qt.colorEqual(Theme.moodColor(i), Theme.moodColor(j)), i + " vs " + j);
    }

    function test_noMoodFallsBack() {
        verify(Qt.colorEqual(Theme.moodColor(0), Theme.moodNone));
        verify(Qt.colorEqual(Theme.moodColor(6), Theme.moodNone));
    }

    function test_darkSwitchesPalette() {
        const light = Theme.background.toString();
        Theme.dark = true;
        verify(Theme.background.toString() !== light);
        verify(!Qt.colorEqual(Theme.textPrimary, Theme.background));
    }

    function test_scalesAreOrdered() {
        verify(Theme.spacingXs < Theme.spacingS && Theme.spacingS < Theme.spacingM && Theme.spacingM < Theme.spacingL);
        verify(Theme.fontCaption < Theme.fontBody && Theme.fontBody < Theme.fontTitle && Theme.fontTitle < Theme.fontDisplay);
        verify(Theme.wideBreakpoint > Theme.phoneWindowSize.width);
        verify(Theme.wideBreakpoint < Theme.desktopWindowSize.width);
    }
}
