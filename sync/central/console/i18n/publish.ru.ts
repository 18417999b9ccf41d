<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>console</name>
    <message>
        <source>A title is one line.</source>
        <translation>Заголовок — это одна строка.</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>And {count} more changed articles, not shown.</source>
        <translation>И ещё изменённых статей: {count} (не показаны).</translation>
    </message>
    <message>
        <source>And {count} more, not listed.</source>
        <translation>И ещё {count} (не перечислены).</translation>
    </message>
    <message>
        <source>Articles and topics</source>
        <translation>Статьи и темы</translation>
    </message>
    <message>
        <source>As of {moment}; this table refreshes itself every 5 seconds.</source>
        <translation>По состоянию на {moment}; таблица обновляется сама каждые 5 секунд.</translation>
    </message>
    <message>
        <source>Back to the preview</source>
        <translation>Назад к предпросмотру</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Booking: places, services and hours</source>
        <translation>Запись: места, услуги и часы работы</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Changed text</source>
        <translation>Изменённый текст</translation>
    </message>
    <message>
        <source>Check the tree</source>
        <translation>Проверить дерево</translation>
    </message>
    <message>
        <source>Choose a content tree (a .tar.gz file) to upload.</source>
        <translation>Выберите дерево содержимого (файл .tar.gz) для загрузки.</translation>
    </message>
    <message>
        <source>Choose whom to publish to: the canary group or all kiosks.</source>
        <translation>Выберите, кому опубликовать: канареечной группе или всем киоскам.</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Content tree (.tar.gz, at most {size} MB)</source>
        <translation>Дерево содержимого (.tar.gz, не больше {size} МБ)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Drafts waiting to be published</source>
        <translation>Черновики, ожидающие публикации</translation>
    </message>
    <message>
        <source>Drop this draft</source>
        <translation>Отказаться от черновика</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit again</source>
        <translation>Изменить ещё раз</translation>
    </message>
    <message>
        <source>Edit an article</source>
        <translation>Изменение статьи</translation>
    </message>
    <message>
        <source>Edit of “{title}”</source>
        <translation>Правка статьи «{title}»</translation>
    </message>
    <message>
        <source>Edit the uz-Latn article</source>
        <translation>Изменить статью на uz-Latn</translation>
    </message>
    <message>
        <source>Errors: {count}</source>
        <translation>Ошибок: {count}</translation>
    </message>
    <message>
        <source>Every release, newest first</source>
        <translation>Все выпуски, сначала новые</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>For many changes at once: a gzip tar (.tar.gz) of a content tree, as kiosk-admin publishes it, with topics.toml, articles/ and, if it changes them, agencies/ and booking/. It is checked like kiosk content check, and you see what changes before anything is published.</source>
        <translation>Для многих изменений сразу: дерево содержимого в архиве gzip tar (.tar.gz), как его публикует kiosk-admin, с topics.toml, articles/ и, если они меняются, agencies/ и booking/. Оно проверяется так же, как kiosk content check, и вы видите изменения до публикации.</translation>
    </message>
    <message>
        <source>I mean to remove these agencies</source>
        <translation>Я действительно хочу удалить эти агентства</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Вид изменения</translation>
    </message>
    <message>
        <source>Kiosk receipt key</source>
        <translation>Ключ квитанций киоска</translation>
    </message>
    <message>
        <source>Kiosks' receipt keys</source>
        <translation>Ключи квитанций киосков</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Made from Oʻzbekcha (uz-Latn)</source>
        <translation>Создаётся из Oʻzbekcha (uz-Latn)</translation>
    </message>
    <message>
        <source>No articles in this topic.</source>
        <translation>В этой теме нет статей.</translation>
    </message>
    <message>
        <source>No errors. The warnings below do not stop publishing.</source>
        <translation>Ошибок нет. Предупреждения ниже не мешают публикации.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Не опубликовано</translation>
    </message>
    <message>
        <source>Nothing can be published from this draft.</source>
        <translation>Из этого черновика ничего нельзя опубликовать.</translation>
    </message>
    <message>
        <source>Nothing changes: the kiosks would get the same data as now.</source>
        <translation>Ничего не меняется: киоски получили бы те же данные, что и сейчас.</translation>
    </message>
    <message>
        <source>Nothing has been published yet: upload a content tree first.</source>
        <translation>Пока ничего не опубликовано: сначала загрузите дерево содержимого.</translation>
    </message>
    <message>
        <source>Nothing is published yet: the next page shows what changes and any problems, and has the publish buttons.</source>
        <translation>Пока ничего не публикуется: на следующей странице видно, что изменится и какие есть проблемы, и там же кнопки публикации.</translation>
    </message>
    <message>
        <source>Offer to all kiosks</source>
        <translation>Предложить всем киоскам</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предложен</translation>
    </message>
    <message>
        <source>Offered to</source>
        <translation>Кому предложен</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>Просмотреть заново</translation>
    </message>
    <message>
        <source>Preview the change</source>
        <translation>Посмотреть изменение</translation>
    </message>
    <message>
        <source>Previewed against release</source>
        <translation>Сравнено с выпуском</translation>
    </message>
    <message>
        <source>Problems (kiosk content check)</source>
        <translation>Проблемы (kiosk content check)</translation>
    </message>
    <message>
        <source>Publish this release's content again as a new release</source>
        <translation>Опубликовать содержимое этого выпуска снова, новым выпуском</translation>
    </message>
    <message>
        <source>Publish to all kiosks</source>
        <translation>Опубликовать для всех киосков</translation>
    </message>
    <message>
        <source>Publish to the canary group</source>
        <translation>Опубликовать для канареечной группы</translation>
    </message>
    <message>
        <source>Published as release {number}.</source>
        <translation>Опубликовано как выпуск {number}.</translation>
    </message>
    <message>
        <source>Publishing older content again makes a new, higher release with that content: you see what it changes before it is published.</source>
        <translation>Повторная публикация прежнего содержимого создаёт новый выпуск с большим номером и этим содержимым; до публикации вы видите, что он изменит.</translation>
    </message>
    <message>
        <source>Registry date and source</source>
        <translation>Дата и источник реестра</translation>
    </message>
    <message>
        <source>Release {latest} was published after this preview was made (against release {base}). Nothing was published: preview again, to see what your change does on top of it.</source>
        <translation>Выпуск {latest} опубликован после того, как был сделан этот предпросмотр (относительно выпуска {base}). Ничего не опубликовано: просмотрите заново, чтобы увидеть, что ваше изменение делает поверх него.</translation>
    </message>
    <message>
        <source>Release {latest} was published after this preview was made (against release {base}). Preview again before publishing, to see what your change does on top of it.</source>
        <translation>Выпуск {latest} опубликован после того, как был сделан этот предпросмотр (относительно выпуска {base}). Перед публикацией просмотрите заново, чтобы увидеть, что ваше изменение делает поверх него.</translation>
    </message>
    <message>
        <source>Release {number} is already offered to every kiosk.</source>
        <translation>Выпуск {number} уже предложен всем киоскам.</translation>
    </message>
    <message>
        <source>Release {number} is offered to all kiosks.</source>
        <translation>Выпуск {number} предложен всем киоскам.</translation>
    </message>
    <message>
        <source>Release {number} is offered to the canary group only, not yet to all kiosks. A new release is built on top of it, so it carries release {number}'s changes too, to whomever you publish it.</source>
        <translation>Выпуск {number} предложен только канареечной группе, а всем киоскам ещё нет. Новый выпуск строится поверх него и поэтому несёт и изменения выпуска {number} — кому бы вы его ни опубликовали.</translation>
    </message>
    <message>
        <source>Release {number} is offered to the canary group only.</source>
        <translation>Выпуск {number} предложен только канареечной группе.</translation>
    </message>
    <message>
        <source>Release {number} was published.</source>
        <translation>Выпуск {number} опубликован.</translation>
    </message>
    <message>
        <source>Release {number}'s files are no longer kept: it cannot be published again.</source>
        <translation>Файлы выпуска {number} больше не хранятся: его нельзя опубликовать снова.</translation>
    </message>
    <message>
        <source>Removed words are struck through, added words underlined.</source>
        <translation>Удалённые слова зачёркнуты, добавленные подчёркнуты.</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Распространение</translation>
    </message>
    <message>
        <source>Rollout of release {number}</source>
        <translation>Распространение выпуска {number}</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Работает на</translation>
    </message>
    <message>
        <source>Sources, one per line</source>
        <translation>Источники, по одному в строке</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Text (Markdown: ## for a section, - for a list item, **bold**, [text](article:id) for a link)</source>
        <translation>Текст (Markdown: ## — раздел, - — пункт списка, **жирный**, [текст](article:id) — ссылка)</translation>
    </message>
    <message>
        <source>The Uzbek Cyrillic (uz-Cyrl) article is made from this one when it is published.</source>
        <translation>Статья на узбекской кириллице (uz-Cyrl) создаётся из этой при публикации.</translation>
    </message>
    <message>
        <source>The Uzbek Cyrillic (uz-Cyrl) “{title}” is made from the Uzbek Latin (uz-Latn) article when content is published. Edit the uz-Latn article instead.</source>
        <translation>Статья «{title}» на узбекской кириллице (uz-Cyrl) создаётся из статьи на узбекской латинице (uz-Latn) при публикации. Измените вместо неё статью на uz-Latn.</translation>
    </message>
    <message>
        <source>The article's file</source>
        <translation>Файл статьи</translation>
    </message>
    <message>
        <source>The articles of release {number}, the latest. Choose an article to correct it: you will see what changes before anything is published.</source>
        <translation>Статьи выпуска {number}, последнего. Выберите статью, чтобы исправить её: вы увидите изменения до публикации.</translation>
    </message>
    <message>
        <source>The canary group takes a release first (kiosks in it now: {count}); once it works there, offer it to all kiosks from the releases page.</source>
        <translation>Канареечная группа получает выпуск первой (киосков в ней сейчас: {count}); когда он там работает, предложите его всем киоскам на странице выпусков.</translation>
    </message>
    <message>
        <source>The content of release {number}, again</source>
        <translation>Содержимое выпуска {number} снова</translation>
    </message>
    <message>
        <source>The file {file} is not a content tree: {problem}</source>
        <translation>Файл {file} — не дерево содержимого: {problem}</translation>
    </message>
    <message>
        <source>The kiosk could not read this content at all.</source>
        <translation>Киоск вообще не смог бы прочитать это содержимое.</translation>
    </message>
    <message>
        <source>The latest release has no article {article} in {language}.</source>
        <translation>В последнем выпуске нет статьи {article} на языке {language}.</translation>
    </message>
    <message>
        <source>The latest release no longer has this article.</source>
        <translation>В последнем выпуске этой статьи больше нет.</translation>
    </message>
    <message>
        <source>There is no draft {draft}.</source>
        <translation>Черновика {draft} нет.</translation>
    </message>
    <message>
        <source>There is no release {number}.</source>
        <translation>Выпуска {number} нет.</translation>
    </message>
    <message>
        <source>This article is made, not written</source>
        <translation>Эта статья создаётся, а не пишется</translation>
    </message>
    <message>
        <source>This article was changed in a release published after you opened the form. The diff below compares your text with the latest one: check that you are not undoing that change.</source>
        <translation>Эта статья изменилась в выпуске, опубликованном после того, как вы открыли форму. Ниже ваш текст сравнивается с последним: проверьте, что вы не отменяете то изменение.</translation>
    </message>
    <message>
        <source>This cannot be published: correct the errors below, then preview again.</source>
        <translation>Это нельзя опубликовать: исправьте ошибки ниже и просмотрите заново.</translation>
    </message>
    <message>
        <source>This content has errors and cannot be published. Correct them, then preview again.</source>
        <translation>В этом содержимом есть ошибки, и его нельзя опубликовать. Исправьте их и просмотрите заново.</translation>
    </message>
    <message>
        <source>This draft is no longer open: nothing was changed.</source>
        <translation>Этот черновик уже закрыт: ничего не изменено.</translation>
    </message>
    <message>
        <source>This draft was already published as release {number}.</source>
        <translation>Этот черновик уже опубликован как выпуск {number}.</translation>
    </message>
    <message>
        <source>This draft was dropped: it cannot be published.</source>
        <translation>От этого черновика отказались: его нельзя опубликовать.</translation>
    </message>
    <message>
        <source>This draft's files are no longer kept. Nothing was published: make the change again.</source>
        <translation>Файлы этого черновика больше не хранятся. Ничего не опубликовано: внесите изменение заново.</translation>
    </message>
    <message>
        <source>This removes many agencies from the registry. Nothing was published: tick the box that says you mean to remove them, then publish again.</source>
        <translation>Это удаляет из реестра много агентств. Ничего не опубликовано: отметьте, что вы действительно хотите их удалить, и опубликуйте снова.</translation>
    </message>
    <message>
        <source>This removes {removed} of the {before} agencies in the registry. Publish only if that is meant.</source>
        <translation>Это удаляет {removed} из {before} агентств реестра. Публикуйте, только если так и задумано.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Title or name</source>
        <translation>Заголовок или название</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Дата обновления</translation>
    </message>
    <message>
        <source>Upload a whole content tree</source>
        <translation>Загрузить всё дерево содержимого</translation>
    </message>
    <message>
        <source>Upload of {file}</source>
        <translation>Загрузка файла {file}</translation>
    </message>
    <message>
        <source>Warnings elsewhere in the content: {count}</source>
        <translation>Предупреждений в остальном содержимом: {count}</translation>
    </message>
    <message>
        <source>Warnings in this article: {count}</source>
        <translation>Предупреждений в этой статье: {count}</translation>
    </message>
    <message>
        <source>Warnings: {count}</source>
        <translation>Предупреждений: {count}</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Что изменится</translation>
    </message>
    <message>
        <source>What changes can be shown once the content can be read.</source>
        <translation>Что изменится, можно будет показать, когда содержимое удастся прочитать.</translation>
    </message>
    <message>
        <source>What the kiosk's checker reads, made from the form: {file}. The line numbers are the ones the problems name.</source>
        <translation>То, что читает проверка киоска, составлено из формы: {file}. Номера строк — те же, что названы в проблемах.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change: {datasets}.</source>
        <translation>Ваша роль ({role}) не позволяет менять: {datasets}.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>all kiosks</source>
        <translation>все киоски</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не удаётся прочитать</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>made from uz-Latn</source>
        <translation>создаётся из uz-Latn</translation>
    </message>
    <message>
        <source>not heard from</source>
        <translation>нет связи</translation>
    </message>
    <message>
        <source>nothing (signed again)</source>
        <translation>ничего (подписан заново)</translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>order</source>
        <translation>порядок</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>получен</translation>
    </message>
    <message>
        <source>the canary group</source>
        <translation>канареечная группа</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>дата обновления</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>веб-адрес</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed</source>
        <translation>добавлено: {added}, изменено: {changed}, удалено: {removed}</translation>
    </message>
</context>
</TS>
