<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>console</name>
    <message>
        <source>A CSV file (the registry's own column names, in Uzbek, Russian or English, are understood) or a JSON list of objects with the same fields. Countries may be ISO codes or names in any of the kiosk's languages. Nothing changes on the kiosks until you have seen the summary and published it.</source>
        <translation>Файл CSV (названия столбцов реестра понимаются на узбекском, русском или английском) или список объектов JSON с теми же полями. Страны можно указывать кодами ISO или названиями на любом из языков киоска. На киосках ничего не изменится, пока вы не просмотрите сводку и не опубликуете её.</translation>
    </message>
    <message>
        <source>Added ({count})</source>
        <translation>Добавлены ({count})</translation>
    </message>
    <message>
        <source>Added: {added}, changed: {changed}, removed: {removed}</source>
        <translation>Добавлено: {added}, изменено: {changed}, удалено: {removed}</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Агентства</translation>
    </message>
    <message>
        <source>Agencies in the file</source>
        <translation>Агентств в файле</translation>
    </message>
    <message>
        <source>Agencies published now</source>
        <translation>Агентств опубликовано сейчас</translation>
    </message>
    <message>
        <source>Back to the registry</source>
        <translation>Назад к реестру</translation>
    </message>
    <message>
        <source>Changed ({count})</source>
        <translation>Изменены ({count})</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Проверить файл</translation>
    </message>
    <message>
        <source>Choose a registry file (CSV or JSON) to upload.</source>
        <translation>Выберите файл реестра (CSV или JSON) для загрузки.</translation>
    </message>
    <message>
        <source>Choose whom to offer the release to: the canary group or every kiosk.</source>
        <translation>Выберите, кому предложить выпуск: канареечной группе или всем киоскам.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Сравнено с</translation>
    </message>
    <message>
        <source>Drop this upload</source>
        <translation>Отказаться от этой загрузки</translation>
    </message>
    <message>
        <source>Dropped: nothing was published.</source>
        <translation>Отменено: ничего не опубликовано.</translation>
    </message>
    <message>
        <source>Give the date the registry was valid on, as 2026-12-01.</source>
        <translation>Укажите дату, на которую действителен реестр, в виде 2026-12-01.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>No agency changes: only the date and source are published again.</source>
        <translation>Агентства не меняются: заново публикуются только дата и источник.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Not published yet: nothing has changed on the kiosks.</source>
        <translation>Ещё не опубликовано: на киосках ничего не изменилось.</translation>
    </message>
    <message>
        <source>Offer the new release to</source>
        <translation>Кому предложить новый выпуск</translation>
    </message>
    <message>
        <source>Problems found: {count}.</source>
        <translation>Найдено проблем: {count}.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Published as release {release}.</source>
        <translation>Опубликовано как выпуск {release}.</translation>
    </message>
    <message>
        <source>Registry file (CSV or JSON, at most {size} MB)</source>
        <translation>Файл реестра (CSV или JSON, не больше {size} МБ)</translation>
    </message>
    <message>
        <source>Registry upload</source>
        <translation>Загрузка реестра</translation>
    </message>
    <message>
        <source>Registry upload: {file}</source>
        <translation>Загрузка реестра: {file}</translation>
    </message>
    <message>
        <source>Release {release} has no agency registry.</source>
        <translation>В выпуске {release} нет реестра агентств.</translation>
    </message>
    <message>
        <source>Release {release} is offered to the canary group only. A release published now is built on top of it and carries its changes too.</source>
        <translation>Выпуск {release} пока предложен только канареечной группе. Выпуск, опубликованный сейчас, строится поверх него и несёт и его изменения.</translation>
    </message>
    <message>
        <source>Release {release} was published after this summary was made, so it may no longer say what publishing would change. Nothing was published: upload the file again to see a new summary.</source>
        <translation>Выпуск {release} опубликован после того, как была составлена эта сводка, и она может уже не отражать, что изменит публикация. Ничего не опубликовано: загрузите файл ещё раз, чтобы увидеть новую сводку.</translation>
    </message>
    <message>
        <source>Release {release} was published after this summary was made, so it may no longer say what publishing would change. Upload the file again to see a new summary.</source>
        <translation>Выпуск {release} опубликован после того, как была составлена эта сводка, и она может уже не отражать, что изменит публикация. Загрузите файл ещё раз, чтобы увидеть новую сводку.</translation>
    </message>
    <message>
        <source>Removed ({count})</source>
        <translation>Удалены ({count})</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Source (who gave the registry)</source>
        <translation>Источник (кто предоставил реестр)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>That is more than a kiosk's own import removes without being told to (a fifth, or all of them). A file cut short, or the wrong file, looks like this. Check it is the whole registry before you publish.</source>
        <translation>Это больше, чем удаляет импорт на самом киоске без явного указания (пятая часть или все). Так выглядит обрезанный или не тот файл. Перед публикацией проверьте, что это весь реестр.</translation>
    </message>
    <message>
        <source>The centre has no release key yet: the owner must give it its keys before anything can be published.</source>
        <translation>У центра ещё нет ключа выпусков: прежде чем что-либо публиковать, владелец должен передать ему ключи.</translation>
    </message>
    <message>
        <source>The first {shown} are listed.</source>
        <translation>Показаны первые {shown}.</translation>
    </message>
    <message>
        <source>The first {shown} of {count} are listed.</source>
        <translation>Показаны первые {shown} из {count}.</translation>
    </message>
    <message>
        <source>The registry file has problems</source>
        <translation>В файле реестра есть проблемы</translation>
    </message>
    <message>
        <source>The uploaded file is no longer kept. Upload it again.</source>
        <translation>Загруженный файл больше не хранится. Загрузите его ещё раз.</translation>
    </message>
    <message>
        <source>There is no such registry upload.</source>
        <translation>Такой загрузки реестра нет.</translation>
    </message>
    <message>
        <source>This upload removes {removed} of the {stored} agencies published now.</source>
        <translation>Эта загрузка удаляет {removed} из {stored} опубликованных сейчас агентств.</translation>
    </message>
    <message>
        <source>This upload removes {removed} of the {stored} agencies. Nothing was published: tick "Yes, remove them" to publish it anyway.</source>
        <translation>Эта загрузка удаляет {removed} из {stored} агентств. Ничего не опубликовано: отметьте «Да, удалить их», чтобы всё же опубликовать.</translation>
    </message>
    <message>
        <source>This upload was already published or dropped.</source>
        <translation>Эта загрузка уже опубликована или отменена.</translation>
    </message>
    <message>
        <source>Upload a corrected file</source>
        <translation>Загрузить исправленный файл</translation>
    </message>
    <message>
        <source>Upload a registry</source>
        <translation>Загрузить реестр</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Загрузил(а)</translation>
    </message>
    <message>
        <source>Uploads waiting to be published</source>
        <translation>Загрузки, ожидающие публикации</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>Действителен на дату</translation>
    </message>
    <message>
        <source>What the kiosks have now</source>
        <translation>Что сейчас на киосках</translation>
    </message>
    <message>
        <source>Yes, remove them: remove {removed} agencies from every kiosk's registry</source>
        <translation>Да, удалить их: убрать {removed} агентств из реестра на всех киосках</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>branches</source>
        <translation>филиалы</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>страны</translation>
    </message>
    <message>
        <source>every kiosk</source>
        <translation>всем киоскам</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>дата выдачи</translation>
    </message>
    <message>
        <source>licence expired</source>
        <translation>срок лицензии истёк</translation>
    </message>
    <message>
        <source>licence in force</source>
        <translation>лицензия действует</translation>
    </message>
    <message>
        <source>licence number</source>
        <translation>номер лицензии</translation>
    </message>
    <message>
        <source>licence refused</source>
        <translation>в лицензии отказано</translation>
    </message>
    <message>
        <source>licence revoked</source>
        <translation>лицензия отозвана</translation>
    </message>
    <message>
        <source>licence suspended</source>
        <translation>лицензия приостановлена</translation>
    </message>
    <message>
        <source>licensing authority</source>
        <translation>лицензирующий орган</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>nothing published yet</source>
        <translation>ещё ничего не опубликовано</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>release {release}</source>
        <translation>выпуск {release}</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>тестовые данные</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>status date</source>
        <translation>дата статуса</translation>
    </message>
    <message>
        <source>status history</source>
        <translation>история статуса</translation>
    </message>
    <message>
        <source>the canary group first</source>
        <translation>сначала канареечной группе</translation>
    </message>
    <message>
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <source>{file}: nothing was published. Correct these and upload the file again.</source>
        <translation>{file}: ничего не опубликовано. Исправьте это и загрузите файл ещё раз.</translation>
    </message>
</context>
</TS>
