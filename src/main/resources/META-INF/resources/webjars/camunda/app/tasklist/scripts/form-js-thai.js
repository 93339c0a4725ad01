/*
 * The few words form-js writes itself on our Thai task forms, in Thai: its validation messages ("Field is
 * required."), the empty select ("Select") and the search box of a searchable select. form-js has no translation
 * hook in Tasklist, so the words are replaced where form-js puts them, inside a form (".fjs-container") only.
 * The server checks every value again and answers in Thai (FormCheck); these are the messages shown before sending.
 */
const FORM_JS_THAI = [
  [/^Field is required\.$/, () => 'ต้องกรอกช่องนี้'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => 'ต้องยาวอย่างน้อย ' + m[1] + ' ตัวอักษร'],
  [/^Field must have maximum length of (\d+)\.$/, (m) => 'ยาวได้ไม่เกิน ' + m[1] + ' ตัวอักษร'],
  [/^Field must have minimum value of (.+)\.$/, (m) => 'ต้องไม่น้อยกว่า ' + m[1]],
  [/^Field must have maximum value of (.+)\.$/, (m) => 'ต้องไม่มากกว่า ' + m[1]],
  [/^Field must match pattern .*$/, () => 'ไม่อยู่ในรูปแบบที่กำหนด'],
  [/^Field must be a valid email\.$/, () => 'ต้องเป็นที่อยู่อีเมล'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'ต้องเป็นหมายเลขโทรศัพท์ในรูปแบบสากล เช่น +6626126000'],
  [/^Select$/, () => 'เลือก']
];

function thaiFor(text) {
  const trimmed = text.trim();
  for (const [pattern, thai] of FORM_JS_THAI) {
    const match = trimmed.match(pattern);
    if (match) {
      return thai(match);
    }
  }
  return null;
}

function translateFormJs(root) {
  if (!root || !root.querySelectorAll) {
    return;
  }
  const forms = root.matches && root.matches('.fjs-container') ? [root] : root.querySelectorAll('.fjs-container');
  forms.forEach((form) => {
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const thai = thaiFor(node.nodeValue);
      if (thai !== null && node.nodeValue !== thai) {
        node.nodeValue = thai;
      }
    }
    form.querySelectorAll('input[placeholder="Search"]').forEach((input) => input.setAttribute('placeholder', 'ค้นหา'));
  });
}

new MutationObserver((changes) => {
  for (const change of changes) {
    const target = change.target.nodeType === Node.TEXT_NODE ? change.target.parentElement : change.target;
    const form = target && target.closest ? target.closest('.fjs-container') : null;
    if (form) {
      translateFormJs(form);
    } else {
      change.addedNodes.forEach((node) => translateFormJs(node));
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
