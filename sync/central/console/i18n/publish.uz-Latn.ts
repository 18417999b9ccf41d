<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz">
<context>
    <name>console</name>
    <message>
        <source>A title is one line.</source>
        <translation>Sarlavha bitta qatordan iborat.</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Keyin</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Barcha maqolalar</translation>
    </message>
    <message>
        <source>And {count} more changed articles, not shown.</source>
        <translation>Yana {count} ta oʻzgargan maqola koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>And {count} more, not listed.</source>
        <translation>Yana {count} ta, roʻyxatga kiritilmagan.</translation>
    </message>
    <message>
        <source>Articles and topics</source>
        <translation>Maqolalar va mavzular</translation>
    </message>
    <message>
        <source>As of {moment}; this table refreshes itself every 5 seconds.</source>
        <translation>{moment} holatiga koʻra; bu jadval har 5 soniyada oʻzi yangilanadi.</translation>
    </message>
    <message>
        <source>Back to the preview</source>
        <translation>Oldindan koʻrishga qaytish</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Oldin</translation>
    </message>
    <message>
        <source>Booking: places, services and hours</source>
        <translation>Navbatga yozilish: joylar, xizmatlar va ish vaqti</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Kim tomonidan</translation>
    </message>
    <message>
        <source>Changed text</source>
        <translation>Oʻzgargan matn</translation>
    </message>
    <message>
        <source>Check the tree</source>
        <translation>Daraxtni tekshirish</translation>
    </message>
    <message>
        <source>Choose a content tree (a .tar.gz file) to upload.</source>
        <translation>Yuklash uchun kontent daraxtini (.tar.gz fayl) tanlang.</translation>
    </message>
    <message>
        <source>Choose whom to publish to: the canary group or all kiosks.</source>
        <translation>Kimga eʼlon qilishni tanlang: kanareyka guruhiga yoki barcha kiosklarga.</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Yopilish</translation>
    </message>
    <message>
        <source>Content tree (.tar.gz, at most {size} MB)</source>
        <translation>Kontent daraxti (.tar.gz, koʻpi bilan {size} MB)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Qoralama</translation>
    </message>
    <message>
        <source>Drafts waiting to be published</source>
        <translation>Eʼlon qilinishini kutayotgan qoralamalar</translation>
    </message>
    <message>
        <source>Drop this draft</source>
        <translation>Bu qoralamadan voz kechish</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Tahrirlash</translation>
    </message>
    <message>
        <source>Edit again</source>
        <translation>Qayta tahrirlash</translation>
    </message>
    <message>
        <source>Edit an article</source>
        <translation>Maqolani tahrirlash</translation>
    </message>
    <message>
        <source>Edit of “{title}”</source>
        <translation>“{title}” maqolasining tahriri</translation>
    </message>
    <message>
        <source>Edit the uz-Latn article</source>
        <translation>uz-Latn maqolasini tahrirlash</translation>
    </message>
    <message>
        <source>Errors: {count}</source>
        <translation>Xatolar: {count}</translation>
    </message>
    <message>
        <source>Every release, newest first</source>
        <translation>Barcha relizlar, eng yangisi birinchi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maydon</translation>
    </message>
    <message>
        <source>For many changes at once: a gzip tar (.tar.gz) of a content tree, as kiosk-admin publishes it, with topics.toml, articles/ and, if it changes them, agencies/ and booking/. It is checked like kiosk content check, and you see what changes before anything is published.</source>
        <translation>Bir yoʻla koʻp oʻzgarishlar uchun: kiosk-admin eʼlon qiladigandek, topics.toml, articles/ va, agar ular oʻzgarsa, agencies/ hamda booking/ boʻlgan kontent daraxtining gzip tar arxivi (.tar.gz). U kiosk content check kabi tekshiriladi va eʼlon qilinishidan oldin nima oʻzgarishini koʻrasiz.</translation>
    </message>
    <message>
        <source>I mean to remove these agencies</source>
        <translation>Men bu agentliklarni rostdan olib tashlamoqchiman</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kalit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Oʻzgarish turi</translation>
    </message>
    <message>
        <source>Kiosk receipt key</source>
        <translation>Kiosk kvitansiya kaliti</translation>
    </message>
    <message>
        <source>Kiosks' receipt keys</source>
        <translation>Kiosklarning kvitansiya kalitlari</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Muallif</translation>
    </message>
    <message>
        <source>Made from Oʻzbekcha (uz-Latn)</source>
        <translation>Oʻzbekcha (uz-Latn) dan yasaladi</translation>
    </message>
    <message>
        <source>No articles in this topic.</source>
        <translation>Bu mavzuda maqolalar yoʻq.</translation>
    </message>
    <message>
        <source>No errors. The warnings below do not stop publishing.</source>
        <translation>Xatolar yoʻq. Quyidagi ogohlantirishlar eʼlon qilishga toʻsqinlik qilmaydi.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Muammolar topilmadi.</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Eʼlon qilinmadi</translation>
    </message>
    <message>
        <source>Nothing can be published from this draft.</source>
        <translation>Bu qoralamadan hech narsa eʼlon qilib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Nothing changes: the kiosks would get the same data as now.</source>
        <translation>Hech narsa oʻzgarmaydi: kiosklar hozirgi maʼlumotlarning oʻzini oladi.</translation>
    </message>
    <message>
        <source>Nothing has been published yet: upload a content tree first.</source>
        <translation>Hali hech narsa eʼlon qilinmagan: avval kontent daraxtini yuklang.</translation>
    </message>
    <message>
        <source>Nothing is published yet: the next page shows what changes and any problems, and has the publish buttons.</source>
        <translation>Hozircha hech narsa eʼlon qilinmaydi: keyingi sahifada nima oʻzgarishi va muammolar koʻrsatiladi, eʼlon qilish tugmalari ham oʻsha yerda.</translation>
    </message>
    <message>
        <source>Offer to all kiosks</source>
        <translation>Barcha kiosklarga taklif qilish</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Taklif qilingan</translation>
    </message>
    <message>
        <source>Offered to</source>
        <translation>Kimga taklif qilingan</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Ish vaqti</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Oldindan koʻrish</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>Qayta oldindan koʻrish</translation>
    </message>
    <message>
        <source>Preview the change</source>
        <translation>Oʻzgarishni oldindan koʻrish</translation>
    </message>
    <message>
        <source>Previewed against release</source>
        <translation>Solishtirilgan reliz</translation>
    </message>
    <message>
        <source>Problems (kiosk content check)</source>
        <translation>Muammolar (kiosk content check)</translation>
    </message>
    <message>
        <source>Publish this release's content again as a new release</source>
        <translation>Bu reliz kontentini yangi reliz sifatida qayta eʼlon qilish</translation>
    </message>
    <message>
        <source>Publish to all kiosks</source>
        <translation>Barcha kiosklarga eʼlon qilish</translation>
    </message>
    <message>
        <source>Publish to the canary group</source>
        <translation>Kanareyka guruhiga eʼlon qilish</translation>
    </message>
    <message>
        <source>Published as release {number}.</source>
        <translation>{number}-reliz sifatida eʼlon qilindi.</translation>
    </message>
    <message>
        <source>Publishing older content again makes a new, higher release with that content: you see what it changes before it is published.</source>
        <translation>Eski kontentni qayta eʼlon qilish shu kontent bilan yangi, kattaroq raqamli reliz yaratadi: eʼlon qilinishidan oldin u nimani oʻzgartirishini koʻrasiz.</translation>
    </message>
    <message>
        <source>Registry date and source</source>
        <translation>Reyestr sanasi va manbasi</translation>
    </message>
    <message>
        <source>Release {latest} was published after this preview was made (against release {base}). Nothing was published: preview again, to see what your change does on top of it.</source>
        <translation>{latest}-reliz ushbu oldindan koʻrish ({base}-relizga nisbatan) tayyorlangandan keyin eʼlon qilingan. Hech narsa eʼlon qilinmadi: oʻzgarishingiz uning ustida nima qilishini koʻrish uchun qayta oldindan koʻring.</translation>
    </message>
    <message>
        <source>Release {latest} was published after this preview was made (against release {base}). Preview again before publishing, to see what your change does on top of it.</source>
        <translation>{latest}-reliz ushbu oldindan koʻrish ({base}-relizga nisbatan) tayyorlangandan keyin eʼlon qilingan. Eʼlon qilishdan oldin oʻzgarishingiz uning ustida nima qilishini koʻrish uchun qayta oldindan koʻring.</translation>
    </message>
    <message>
        <source>Release {number} is already offered to every kiosk.</source>
        <translation>{number}-reliz allaqachon barcha kiosklarga taklif qilingan.</translation>
    </message>
    <message>
        <source>Release {number} is offered to all kiosks.</source>
        <translation>{number}-reliz barcha kiosklarga taklif qilingan.</translation>
    </message>
    <message>
        <source>Release {number} is offered to the canary group only, not yet to all kiosks. A new release is built on top of it, so it carries release {number}'s changes too, to whomever you publish it.</source>
        <translation>{number}-reliz faqat kanareyka guruhiga taklif qilingan, hali barcha kiosklarga emas. Yangi reliz uning ustiga quriladi, shuning uchun kimga eʼlon qilmang, {number}-reliz oʻzgarishlarini ham olib boradi.</translation>
    </message>
    <message>
        <source>Release {number} is offered to the canary group only.</source>
        <translation>{number}-reliz faqat kanareyka guruhiga taklif qilingan.</translation>
    </message>
    <message>
        <source>Release {number} was published.</source>
        <translation>{number}-reliz eʼlon qilindi.</translation>
    </message>
    <message>
        <source>Release {number}'s files are no longer kept: it cannot be published again.</source>
        <translation>{number}-reliz fayllari endi saqlanmaydi: uni qayta eʼlon qilib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Removed words are struck through, added words underlined.</source>
        <translation>Olib tashlangan soʻzlar ustidan chizilgan, qoʻshilganlari tagiga chizilgan.</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Tarqatish</translation>
    </message>
    <message>
        <source>Rollout of release {number}</source>
        <translation>{number}-relizning tarqatilishi</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ishlayotgani</translation>
    </message>
    <message>
        <source>Sources, one per line</source>
        <translation>Manbalar, har qatorda bittadan</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Matn</translation>
    </message>
    <message>
        <source>Text (Markdown: ## for a section, - for a list item, **bold**, [text](article:id) for a link)</source>
        <translation>Matn (Markdown: ## — boʻlim, - — roʻyxat bandi, **qalin**, [matn](article:id) — havola)</translation>
    </message>
    <message>
        <source>The Uzbek Cyrillic (uz-Cyrl) article is made from this one when it is published.</source>
        <translation>Oʻzbek kirill (uz-Cyrl) maqolasi eʼlon qilinganda shu maqoladan yasaladi.</translation>
    </message>
    <message>
        <source>The Uzbek Cyrillic (uz-Cyrl) “{title}” is made from the Uzbek Latin (uz-Latn) article when content is published. Edit the uz-Latn article instead.</source>
        <translation>Oʻzbek kirill (uz-Cyrl) “{title}” maqolasi kontent eʼlon qilinganda oʻzbek lotin (uz-Latn) maqolasidan yasaladi. Uning oʻrniga uz-Latn maqolasini tahrirlang.</translation>
    </message>
    <message>
        <source>The article's file</source>
        <translation>Maqola fayli</translation>
    </message>
    <message>
        <source>The articles of release {number}, the latest. Choose an article to correct it: you will see what changes before anything is published.</source>
        <translation>Eng soʻnggi {number}-reliz maqolalari. Tuzatish uchun maqolani tanlang: eʼlon qilinishidan oldin nima oʻzgarishini koʻrasiz.</translation>
    </message>
    <message>
        <source>The canary group takes a release first (kiosks in it now: {count}); once it works there, offer it to all kiosks from the releases page.</source>
        <translation>Kanareyka guruhi relizni birinchi oladi (hozir undagi kiosklar: {count}); u yerda ishlagach, relizlar sahifasidan uni barcha kiosklarga taklif qiling.</translation>
    </message>
    <message>
        <source>The content of release {number}, again</source>
        <translation>{number}-reliz kontenti qayta</translation>
    </message>
    <message>
        <source>The file {file} is not a content tree: {problem}</source>
        <translation>{file} fayli kontent daraxti emas: {problem}</translation>
    </message>
    <message>
        <source>The kiosk could not read this content at all.</source>
        <translation>Kiosk bu kontentni umuman oʻqiy olmaydi.</translation>
    </message>
    <message>
        <source>The latest release has no article {article} in {language}.</source>
        <translation>Soʻnggi relizda {language} tilida {article} maqolasi yoʻq.</translation>
    </message>
    <message>
        <source>The latest release no longer has this article.</source>
        <translation>Soʻnggi relizda bu maqola endi yoʻq.</translation>
    </message>
    <message>
        <source>There is no draft {draft}.</source>
        <translation>{draft} qoralamasi yoʻq.</translation>
    </message>
    <message>
        <source>There is no release {number}.</source>
        <translation>{number}-reliz yoʻq.</translation>
    </message>
    <message>
        <source>This article is made, not written</source>
        <translation>Bu maqola yozilmaydi, yasaladi</translation>
    </message>
    <message>
        <source>This article was changed in a release published after you opened the form. The diff below compares your text with the latest one: check that you are not undoing that change.</source>
        <translation>Bu maqola siz shaklni ochganingizdan keyin eʼlon qilingan relizda oʻzgargan. Quyida matningiz eng soʻnggisi bilan solishtiriladi: oʻsha oʻzgarishni bekor qilmayotganingizni tekshiring.</translation>
    </message>
    <message>
        <source>This cannot be published: correct the errors below, then preview again.</source>
        <translation>Buni eʼlon qilib boʻlmaydi: quyidagi xatolarni tuzating, soʻng qayta oldindan koʻring.</translation>
    </message>
    <message>
        <source>This content has errors and cannot be published. Correct them, then preview again.</source>
        <translation>Bu kontentda xatolar bor va uni eʼlon qilib boʻlmaydi. Ularni tuzating, soʻng qayta oldindan koʻring.</translation>
    </message>
    <message>
        <source>This draft is no longer open: nothing was changed.</source>
        <translation>Bu qoralama endi ochiq emas: hech narsa oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>This draft was already published as release {number}.</source>
        <translation>Bu qoralama allaqachon {number}-reliz sifatida eʼlon qilingan.</translation>
    </message>
    <message>
        <source>This draft was dropped: it cannot be published.</source>
        <translation>Bu qoralamadan voz kechilgan: uni eʼlon qilib boʻlmaydi.</translation>
    </message>
    <message>
        <source>This draft's files are no longer kept. Nothing was published: make the change again.</source>
        <translation>Bu qoralama fayllari endi saqlanmaydi. Hech narsa eʼlon qilinmadi: oʻzgarishni qaytadan kiriting.</translation>
    </message>
    <message>
        <source>This removes many agencies from the registry. Nothing was published: tick the box that says you mean to remove them, then publish again.</source>
        <translation>Bu reyestrdan koʻp agentliklarni olib tashlaydi. Hech narsa eʼlon qilinmadi: ularni rostdan olib tashlamoqchi ekaningizni belgilang, soʻng qayta eʼlon qiling.</translation>
    </message>
    <message>
        <source>This removes {removed} of the {before} agencies in the registry. Publish only if that is meant.</source>
        <translation>Bu reyestrdagi {before} ta agentlikdan {removed} tasini olib tashlaydi. Faqat shunday moʻljallangan boʻlsa eʼlon qiling.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Sarlavha</translation>
    </message>
    <message>
        <source>Title or name</source>
        <translation>Sarlavha yoki nom</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Mavzu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Yangilangan</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Yangilangan sana</translation>
    </message>
    <message>
        <source>Upload a whole content tree</source>
        <translation>Butun kontent daraxtini yuklash</translation>
    </message>
    <message>
        <source>Upload of {file}</source>
        <translation>{file} faylining yuklanishi</translation>
    </message>
    <message>
        <source>Warnings elsewhere in the content: {count}</source>
        <translation>Kontentning boshqa joylaridagi ogohlantirishlar: {count}</translation>
    </message>
    <message>
        <source>Warnings in this article: {count}</source>
        <translation>Bu maqoladagi ogohlantirishlar: {count}</translation>
    </message>
    <message>
        <source>Warnings: {count}</source>
        <translation>Ogohlantirishlar: {count}</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Nima oʻzgaradi</translation>
    </message>
    <message>
        <source>What changes can be shown once the content can be read.</source>
        <translation>Kontentni oʻqib boʻlgach, nima oʻzgarishini koʻrsatish mumkin boʻladi.</translation>
    </message>
    <message>
        <source>What the kiosk's checker reads, made from the form: {file}. The line numbers are the ones the problems name.</source>
        <translation>Kiosk tekshiruvi oʻqiydigan, shakldan tuzilgan fayl: {file}. Qator raqamlari muammolarda koʻrsatilganlar bilan bir xil.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change: {datasets}.</source>
        <translation>Sizning rolingiz ({role}) quyidagilarni oʻzgartirishga ruxsat bermaydi: {datasets}.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>qoʻshilgan</translation>
    </message>
    <message>
        <source>all kiosks</source>
        <translation>barcha kiosklar</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>oʻqib boʻlmaydi</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>oʻzgargan</translation>
    </message>
    <message>
        <source>error</source>
        <translation>xato</translation>
    </message>
    <message>
        <source>made from uz-Latn</source>
        <translation>uz-Latn dan yasaladi</translation>
    </message>
    <message>
        <source>not heard from</source>
        <translation>aloqa yoʻq</translation>
    </message>
    <message>
        <source>nothing (signed again)</source>
        <translation>hech narsa (qayta imzolangan)</translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation>{number}-raqam</translation>
    </message>
    <message>
        <source>order</source>
        <translation>tartib</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>olib tashlangan</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>manbalar</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>olingan</translation>
    </message>
    <message>
        <source>the canary group</source>
        <translation>kanareyka guruhi</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>mavzu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>yangilangan sana</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>kutilmoqda</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ogohlantirish</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>veb-manzil</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed</source>
        <translation>qoʻshilgan: {added}, oʻzgargan: {changed}, olib tashlangan: {removed}</translation>
    </message>
</context>
</TS>
