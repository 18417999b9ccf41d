import QtQuick
import QtQuick.Layouts

// Buttons side by side while they all fit at their natural width, one under
// another when they do not (large text, a long translation, a narrow screen).
GridLayout {
    id: row
    readonly property var shown: {
        const list = []
        for (let i = 0; i < children.length; i++)
            if (children[i].visible) list.push(children[i])
        return list
    }
    readonly property real needed: shown.reduce((sum, child) => sum + child.implicitWidth, 0)
                                    + columnSpacing * Math.max(0, shown.length - 1)
    columns: needed <= width ? Math.max(1, shown.length) : 1
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing * 0.5
}
