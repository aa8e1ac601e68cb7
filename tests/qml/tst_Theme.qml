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

    // WCAG 2.x relative luminance and contrast ratio.
    function luminance(c) {
        const lin = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
    }
    function contrast(a, b) {
        // Qt.lighter(x, 1) makes a color of the strings some palettes hold.
        const la = luminance(Qt.lighter(a, 1));
        const lb = luminance(Qt.lighter(b, 1));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function checkPalette(mode) {
        // Text colours on every surface they appear on: AA body text needs 4.5:1.
        const grounds = {
            "background": Theme.background,
            "surface": Theme.surface,
            "surfaceRaised": Theme.surfaceRaised
        };
        const texts = ["textPrimary", "textSecondary", "accent", "danger", "warning", "success"];
        for (const g in grounds)
            for (const t of texts) {
                const ratio = contrast(Theme[t], grounds[g]);
                verify(ratio >= 4.5, mode + ": " + t + " on " + g + " is " + ratio.toFixed(2) + ":1");
            }
        verify(contrast(Theme.textOnAccent, Theme.accent) >= 4.5, mode + ": textOnAccent on accent");
        verify(contrast(Theme.accent, Theme.accentSoft) >= 4.5, mode + ": accent on accentSoft");
        verify(contrast(Theme.danger, Theme.dangerSoft) >= 4.5, mode + ": danger on dangerSoft");
        verify(contrast(Theme.textPrimary, Theme.accentSoft) >= 4.5, mode + ": text on accentSoft");
        verify(contrast(Theme.hardToneStrong, Theme.hardTone) >= 4.5, mode + ": hard tone");
        verify(contrast(Theme.goodToneStrong, Theme.goodTone) >= 4.5, mode + ": good tone");
        verify(contrast(Theme.winToneStrong, Theme.winTone) >= 4.5, mode + ": win tone");
        verify(contrast(Theme.toastAction, Theme.textPrimary) >= 4.5, mode + ": toast action on the toast");
        // Graphics and control outlines (WCAG 1.4.11) need 3:1.
        verify(contrast(Theme.outlineStrong, Theme.surface) >= 3, mode + ": outlineStrong on surface");
        for (let m = 1; m <= 5; ++m) {
            verify(contrast(Theme.moodColor(m), Theme.surface) >= 3, mode + ": mood " + m + " on surface");
            verify(contrast(Theme.textPrimary, Theme.moodSoftColor(m)) >= 4.5, mode + ": text on mood soft " + m);
        }
    }

    function test_contrastMeetsWcagAaLight() {
        Theme.dark = false;
        checkPalette("light");
    }

    function test_contrastMeetsWcagAaDark() {
        Theme.dark = true;
        checkPalette("dark");
    }
}
