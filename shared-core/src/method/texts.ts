// The method's texts (the seed's wording in Japanese) join the catalogs when the method loads.
import { addCatalog } from '../i18n';
import { methodEn } from '../i18n/method.en';
import { methodJa } from '../i18n/method.ja';

addCatalog({ ja: methodJa, en: methodEn });
