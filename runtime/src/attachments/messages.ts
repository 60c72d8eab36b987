// The refusals of the attachments API in the six interface languages (English when the user's language is not here).
const messages = {
  en: {
    tooLarge: 'The photo is too large. It may be at most {max} MB.',
    badType: 'This file is not a photo we can take. Use a JPEG, PNG or WebP image.',
    empty: 'The file is empty.',
    notAttachmentField: 'This field does not take a photo or file.',
    notWritable: 'You may not change this field.',
    notEditable: 'This form cannot be changed at this stage.',
    unknownAttachment: 'This photo was not uploaded for this field of this record. Add it again.',
    notYetRegistered: 'The photo can be added once the record is registered.',
  },
  gu: {
    tooLarge: 'ફોટો ખૂબ મોટો છે. તે વધુમાં વધુ {max} MB હોઈ શકે.',
    badType: 'આ ફાઇલ સ્વીકાર્ય ફોટો નથી. JPEG, PNG અથવા WebP છબી વાપરો.',
    empty: 'ફાઇલ ખાલી છે.',
    notAttachmentField: 'આ ક્ષેત્રમાં ફોટો કે ફાઇલ ઉમેરી શકાતી નથી.',
    notWritable: 'તમે આ ક્ષેત્ર બદલી શકતા નથી.',
    notEditable: 'આ તબક્કે આ ફોર્મ બદલી શકાતું નથી.',
    unknownAttachment: 'આ ફોટો આ રેકોર્ડના આ ક્ષેત્ર માટે અપલોડ થયો નથી. તેને ફરી ઉમેરો.',
    notYetRegistered: 'રેકોર્ડ નોંધાયા પછી ફોટો ઉમેરી શકાશે.',
  },
  hi: {
    tooLarge: 'फ़ोटो बहुत बड़ी है। यह अधिकतम {max} MB की हो सकती है।',
    badType: 'यह फ़ाइल स्वीकार्य फ़ोटो नहीं है। JPEG, PNG या WebP चित्र का उपयोग करें।',
    empty: 'फ़ाइल खाली है।',
    notAttachmentField: 'इस फ़ील्ड में फ़ोटो या फ़ाइल नहीं जोड़ी जा सकती।',
    notWritable: 'आप इस फ़ील्ड को नहीं बदल सकते।',
    notEditable: 'इस चरण में यह फ़ॉर्म नहीं बदला जा सकता।',
    unknownAttachment: 'यह फ़ोटो इस रिकॉर्ड के इस फ़ील्ड के लिए अपलोड नहीं हुई है। इसे फिर से जोड़ें।',
    notYetRegistered: 'रिकॉर्ड दर्ज होने के बाद फ़ोटो जोड़ी जा सकेगी।',
  },
  bn: {
    tooLarge: 'ছবিটি খুব বড়। এটি সর্বাধিক {max} MB হতে পারে।',
    badType: 'এই ফাইলটি গ্রহণযোগ্য ছবি নয়। JPEG, PNG বা WebP ছবি ব্যবহার করুন।',
    empty: 'ফাইলটি খালি।',
    notAttachmentField: 'এই ঘরে ছবি বা ফাইল যোগ করা যায় না।',
    notWritable: 'আপনি এই ঘরটি পরিবর্তন করতে পারবেন না।',
    notEditable: 'এই পর্যায়ে এই ফর্মটি পরিবর্তন করা যায় না।',
    unknownAttachment: 'এই ছবিটি এই রেকর্ডের এই ঘরের জন্য আপলোড করা হয়নি। আবার যোগ করুন।',
    notYetRegistered: 'রেকর্ড নথিভুক্ত হওয়ার পরে ছবি যোগ করা যাবে।',
  },
  ne: {
    tooLarge: 'फोटो धेरै ठूलो छ। यो बढीमा {max} MB हुन सक्छ।',
    badType: 'यो फाइल स्वीकार्य फोटो होइन। JPEG, PNG वा WebP तस्बिर प्रयोग गर्नुहोस्।',
    empty: 'फाइल खाली छ।',
    notAttachmentField: 'यो क्षेत्रमा फोटो वा फाइल थप्न मिल्दैन।',
    notWritable: 'तपाईं यो क्षेत्र परिवर्तन गर्न सक्नुहुन्न।',
    notEditable: 'यस चरणमा यो फारम परिवर्तन गर्न मिल्दैन।',
    unknownAttachment: 'यो फोटो यस रेकर्डको यस क्षेत्रका लागि अपलोड गरिएको होइन। फेरि थप्नुहोस्।',
    notYetRegistered: 'रेकर्ड दर्ता भएपछि फोटो थप्न सकिन्छ।',
  },
  ur: {
    tooLarge: 'تصویر بہت بڑی ہے۔ یہ زیادہ سے زیادہ {max} MB کی ہو سکتی ہے۔',
    badType: 'یہ فائل قابلِ قبول تصویر نہیں ہے۔ JPEG، PNG یا WebP تصویر استعمال کریں۔',
    empty: 'فائل خالی ہے۔',
    notAttachmentField: 'اس خانے میں تصویر یا فائل شامل نہیں کی جا سکتی۔',
    notWritable: 'آپ اس خانے کو تبدیل نہیں کر سکتے۔',
    notEditable: 'اس مرحلے پر یہ فارم تبدیل نہیں کیا جا سکتا۔',
    unknownAttachment: 'یہ تصویر اس ریکارڈ کے اس خانے کے لیے اپ لوڈ نہیں کی گئی۔ اسے دوبارہ شامل کریں۔',
    notYetRegistered: 'ریکارڈ درج ہونے کے بعد تصویر شامل کی جا سکے گی۔',
  },
} as const;

export type AttachmentMessage = keyof (typeof messages)['en'];

/** A refusal message in `lang`, with `{name}` placeholders filled. */
export function attachmentMessage(lang: string, key: AttachmentMessage, params: Record<string, string | number> = {}): string {
  const bundle = (messages as Record<string, Record<AttachmentMessage, string>>)[lang] ?? messages.en;
  return bundle[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
