/*
 * The Camunda welcome page of the DGA standards workflow: the product's name, Thai for a browser that prefers Thai
 * (locales/th.json), a link back to the public site, dates in Bangkok time, and the one login page of the product.
 */
export default {
  app: {
    name: 'ระบบงานมาตรฐาน',
    vendor: 'สพร.'
  },
  locales: {
    availableLocales: ['th', 'en'],
    fallbackLocale: 'en'
  },
  // the same scripts as Tasklist's: Bangkok time and the one login page
  customScripts: ['../tasklist/scripts/bangkok-time', '../tasklist/scripts/single-login'],
  links: [
    {
      label: 'เว็บไซต์มาตรฐานรัฐบาลดิจิทัล',
      href: '/',
      description: 'การรับฟังความคิดเห็นและมาตรฐานที่ประกาศใช้ (Public hearings and published standards)'
    }
  ]
};
