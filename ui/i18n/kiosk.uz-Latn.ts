<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Latn">
<context>
    <name>ComingSoon</name>
    <message>
        <source>Know your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is not available on this kiosk yet. It is coming soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>How to use this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change the language, touch the language button at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make the text bigger, touch Text at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For white text on black, touch Contrast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To hear the screen read aloud, touch Listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back takes you one step back. Home takes you to the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks if you need more time. Then it clears what you entered, so the next person cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is free to use. Nobody may ask you for money to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>How can we help you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Know your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe migration and your rights abroad, in your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this recruitment agency licensed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa centre and migration office appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Do you need more time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the count reaches zero, everything you entered is cleared and the kiosk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this kiosk uses the demo PIN. Set a staff PIN before public use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the on-screen keyboard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing arrives with appointment receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation arrives with the central service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the menu locks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after too many wrong PINs. Try again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Information for migrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Know your rights. Check an agency. Book an appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
