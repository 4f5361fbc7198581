"""Arabic and Hindi translations of part of the sample course, stored through the model API
as a translator's work would be: every title, the welcome text and the emergency callout.
The rest stays untranslated, so the export shows English text inside an Arabic or Hindi
page (the fallback the player must isolate with its own `dir` and `lang`)."""

from __future__ import annotations

from pathlib import Path

TITLES = {
    "ar": {
        "Workplace Fire Safety": "السلامة من الحرائق في مكان العمل",
        "Understanding fire": "فهم الحريق",
        "Preventing fires": "الوقاية من الحرائق",
        "When a fire starts": "عند اندلاع حريق",
        "Why fire safety matters": "لماذا تهمّ السلامة من الحرائق",
        "The fire triangle": "مثلث الحريق",
        "How fire spreads, and why smoke kills": "كيف ينتشر الحريق، ولماذا يقتل الدخان",
        "Classes of fire": "فئات الحرائق",
        "Fire hazards at work": "مخاطر الحريق في العمل",
        "Good habits: electrics, heat and housekeeping": "عادات جيدة: الكهرباء والحرارة والترتيب",
        "Fire doors, exits and signs": "أبواب الحريق والمخارج واللافتات",
        "Smoke alarms and fire detection": "أجهزة إنذار الدخان وكشف الحريق",
        "Raise the alarm": "أطلِق الإنذار",
        "Evacuating the building": "إخلاء المبنى",
        "Using a fire extinguisher": "استخدام طفاية الحريق",
        "Summary and final check": "الخلاصة والاختبار النهائي",
    },
    "hi": {
        "Workplace Fire Safety": "कार्यस्थल पर अग्नि सुरक्षा",
        "Understanding fire": "आग को समझना",
        "Preventing fires": "आग से बचाव",
        "When a fire starts": "जब आग लग जाए",
        "Why fire safety matters": "अग्नि सुरक्षा क्यों ज़रूरी है",
        "The fire triangle": "अग्नि त्रिकोण",
        "How fire spreads, and why smoke kills": "आग कैसे फैलती है, और धुआँ जानलेवा क्यों है",
        "Classes of fire": "आग के वर्ग",
        "Fire hazards at work": "कार्यस्थल पर आग के खतरे",
        "Good habits: electrics, heat and housekeeping": "अच्छी आदतें: बिजली, गर्मी और साफ़-सफ़ाई",
        "Fire doors, exits and signs": "अग्नि द्वार, निकास और संकेत",
        "Smoke alarms and fire detection": "धुआँ अलार्म और आग का पता लगाना",
        "Raise the alarm": "अलार्म बजाएँ",
        "Evacuating the building": "इमारत खाली करना",
        "Using a fire extinguisher": "अग्निशामक यंत्र का उपयोग",
        "Summary and final check": "सारांश और अंतिम जाँच",
    },
}

# The first page's blocks, by their object title in the sample.
BLOCKS = {
    "ar": {
        "Welcome and objectives": (
            "<p>تبدأ معظم حرائق أماكن العمل صغيرة، ولمعظمها سبب عادي: مقبس محمَّل فوق طاقته، أو مدفأة "
            "قريبة جدًا من الورق، أو سلة مليئة بالخرق الزيتية، أو سيجارة لم تُطفأ تمامًا. ما يحدث في "
            "الدقائق الأولى يقرّر ما إذا كان الحريق سيبقى صغيرًا.</p>"
            "<p>تستغرق هذه الدورة نحو 30 دقيقة. في نهايتها ستتمكن من:</p><ul>"
            "<li>شرح ما يحتاجه الحريق ليشتعل، وكيف يساعدك ذلك على منعه ومكافحته؛</li>"
            "<li>اكتشاف مخاطر الحريق الشائعة في مكان عملك؛</li>"
            "<li>إطلاق الإنذار ومغادرة المبنى من أكثر الطرق أمانًا؛</li>"
            "<li>تقدير ما إذا كان الحريق صغيرًا بما يكفي لمكافحته، واختيار الطفاية المناسبة.</li></ul>"
            "<p>تنتهي معظم الصفحات بسؤال قصير. تحتاج إلى 80% إجمالًا للنجاح.</p>"
        ),
        "In an emergency: number and assembly point": (
            "<p><strong>في حالات الطوارئ</strong></p><ul>"
            "<li>رقم الطوارئ: <strong>112</strong> من أي هاتف، ثم أبلغ الاستقبال على التحويلة "
            "<strong>2222</strong>.</li>"
            "<li>نقطة التجمع: <strong>نقطة التجمع A</strong>، موقف سيارات الزوار بجوار البوابة "
            "الرئيسية.</li></ul>"
            "<p>قد تختلف التفاصيل في موقعك: تجدها على لوحة تعليمات الحريق بجوار كل نقطة إنذار.</p>"
        ),
    },
    "hi": {
        "Welcome and objectives": (
            "<p>कार्यस्थल पर लगने वाली ज़्यादातर आग शुरुआत में छोटी होती है, और ज़्यादातर का कारण "
            "साधारण होता है: ज़रूरत से ज़्यादा भरा सॉकेट, काग़ज़ के बहुत पास रखा हीटर, तेल लगे कपड़ों से "
            "भरा कूड़ेदान, या ठीक से न बुझी सिगरेट। पहले कुछ मिनटों में जो होता है, वही तय करता है कि "
            "आग छोटी रहेगी या नहीं।</p>"
            "<p>यह पाठ्यक्रम लगभग 30 मिनट का है। इसके अंत तक आप:</p><ul>"
            "<li>समझा सकेंगे कि आग को जलने के लिए क्या चाहिए, और इससे आग रोकने और बुझाने में कैसे "
            "मदद मिलती है;</li>"
            "<li>अपने कार्यक्षेत्र में आग के आम खतरों को पहचान सकेंगे;</li>"
            "<li>अलार्म बजाकर सबसे सुरक्षित रास्ते से इमारत से बाहर निकल सकेंगे;</li>"
            "<li>तय कर सकेंगे कि आग इतनी छोटी है या नहीं कि उसे बुझाया जा सके, और सही अग्निशामक "
            "चुन सकेंगे।</li></ul>"
            "<p>ज़्यादातर पृष्ठ एक छोटे प्रश्न के साथ समाप्त होते हैं। उत्तीर्ण होने के लिए कुल 80% अंक "
            "चाहिए।</p>"
        ),
        "In an emergency: number and assembly point": (
            "<p><strong>आपात स्थिति में</strong></p><ul>"
            "<li>आपातकालीन नंबर: किसी भी फ़ोन से <strong>112</strong>, फिर एक्सटेंशन "
            "<strong>2222</strong> पर रिसेप्शन को बताएँ।</li>"
            "<li>एकत्र होने का स्थान: <strong>असेंबली पॉइंट A</strong>, मुख्य द्वार के पास आगंतुकों की "
            "पार्किंग।</li></ul>"
            "<p>आपके स्थल पर विवरण अलग हो सकते हैं: वे हर कॉल पॉइंट के पास लगी अग्नि कार्रवाई सूचना "
            "पर दिए होते हैं।</p>"
        ),
    },
}


def translate_sample(path: Path, locale: str, course_title: str) -> None:
    """Add `locale` to the library at `path` and store the translations above, through the
    model API (one transaction)."""
    from authoring.model import locales, objects
    from authoring.model.library import Library

    titles, blocks = TITLES[locale], BLOCKS[locale]
    library = Library.open(path)
    try:
        with library.transaction() as session:
            locales.add_locale(session, locale)
            course = next(c for c in objects.list_objects(session, "course") if c.title == course_title)
            stack = [course.id]
            while stack:
                obj = objects.get(session, stack.pop())
                if obj.title in titles:
                    locales.set_translation(session, obj.id, "title", locale, titles[obj.title])
                if obj.title in blocks:
                    locales.set_translation(session, obj.id, "html", locale, blocks[obj.title])
                stack += [child.id for child in objects.children(session, obj.id)]
    finally:
        library.close()
