/** The downloads' descriptor (Frictionless Data Package): their licence, made at build time. */
import type { APIRoute } from 'astro';
import { useTranslations } from '../../../i18n';
import type { Lang } from '../../../i18n/locales';
import { dataPackage } from '../../../lib/data-export';
import { everyLanguage } from '../../../lib/static-paths';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  return new Response(JSON.stringify(dataPackage(lang, useTranslations(lang)('incidents.title')), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
